using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;
using Marketplace.Release.Progress;
using Marketplace.Release.Resilience;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Runs a release plan through the steps of docs/marketplace-api.md § Pipeline and returns what happened. Never throws for a failed
/// release: the result carries the failure and its exit code, the same for every front end.
/// </summary>
public static class ReleaseEngine
{
    public static Task<ReleaseResult> PublishAsync(ReleasePlan plan, ReleaseOptions options, IReleaseReporter reporter, CancellationToken cancellationToken = default) =>
        PublishAsync(plan, options, reporter, ReleaseStage.Verify, cancellationToken);

    /// <summary>
    /// Runs the pipeline up to and including <paramref name="stopAfter"/>; with <c>targets:</c> once per target, in
    /// order (see <see cref="TargetsRun"/>).
    /// </summary>
    public static Task<ReleaseResult> PublishAsync(ReleasePlan plan, ReleaseOptions options, IReleaseReporter reporter, ReleaseStage stopAfter, CancellationToken cancellationToken = default) =>
        plan.Targets.Count == 0
            ? PublishOneAsync(plan, options, reporter, stopAfter, cancellationToken)
            : TargetsRun.PublishAsync(plan, options, reporter, stopAfter, cancellationToken);

    /// <summary>One version through the whole pipeline: the manifest's, or one target's.</summary>
    internal static async Task<ReleaseResult> PublishOneAsync(ReleasePlan plan, ReleaseOptions options, IReleaseReporter reporter, ReleaseStage stopAfter, CancellationToken cancellationToken)
    {
        // Steps side by side and reads sent together report from several threads; the front end sees one call at a time.
        reporter = new SerializedReporter(reporter);
        using var client = new MarketplaceClient(options.Connection, options.Client, options.TimeProvider, options.Debug ? reporter.Debug : null);
        using var gitHub = plan.GitHub is not null && options.GitHub is { } connection ? CreateGitHub(connection, options, reporter) : null;
        var run = new ReleaseRun(plan, options, client, reporter) { StopAfter = stopAfter, GitHub = gitHub };
        try
        {
            return Result(run, await ReleaseLoop.RunAsync(run, ReleaseState.Empty, StepGroups(plan, options, stopAfter), cancellationToken));
        }
        finally
        {
            DeleteTemporaryFolder(run, reporter);
        }
    }

    /// <summary>
    /// The steps a run of <paramref name="plan"/> goes through up to <paramref name="stopAfter"/>, in order: the
    /// engine's one list (tests that list the steps read it through <see cref="StepNamesFor"/>).
    /// </summary>
    internal static IReadOnlyList<IReleaseStep> Steps(ReleasePlan plan, ReleaseOptions options, ReleaseStage stopAfter) =>
        [.. StepGroups(plan, options, stopAfter).SelectMany(group => group)];

    /// <summary>
    /// <see cref="Steps"/> as the loop runs them: in groups, a step marked Beside joining the group of the one before it
    /// (they run side by side, issue 22); every other step is a group of its own.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<IReleaseStep>> StepGroups(ReleasePlan plan, ReleaseOptions options, ReleaseStage stopAfter)
    {
        var uploads = new ArtifactStateStore(options.StateDirectory ?? Path.Combine(plan.WorkspaceRoot, ".marketplace-release"));
        // The steps in order, each with the last stage it belongs to. A new step is one line here. Beside: the step
        // runs side by side with the one before it (issue 22; both are ISideBySideStep).
        (ReleaseStage Stage, IReleaseStep Step, bool Beside)[] steps =
        [
            (ReleaseStage.Reconcile, new ResolveStep(), false),
            (ReleaseStage.Reconcile, new InstallCoverageGateStep(), false),
            (ReleaseStage.Reconcile, new ResolveProductStep(), false),
            (ReleaseStage.Reconcile, new GitHubReleaseStep(), false),
            (ReleaseStage.Reconcile, new ReconcileStep(), false),
            (ReleaseStage.UploadArtifact, new UploadArtifactStep(uploads), false),
            (ReleaseStage.UploadArtifact, new UploadImagesStep(), true),
            (ReleaseStage.WaitForArtifact, new WaitForArtifactStep(), false),
            (ReleaseStage.CreateVersion, new CreateVersionStep(), false),
            (ReleaseStage.CreateVersion, new UpdateVersionStep(), false),
            (ReleaseStage.CreateListing, new CreateListingStep(), false),
            (ReleaseStage.Publish, new PublishStep(), false),
            (ReleaseStage.Verify, new VerifyStep(), false),
            (ReleaseStage.Verify, new GitHubLinkBackStep(), false),
            (ReleaseStage.Verify, new AppListingStep(), false),
            (ReleaseStage.Verify, new CloudMigrationStep(), false),
            (ReleaseStage.Verify, new PrivacySecurityStep(), false),
            (ReleaseStage.Verify, new WaitForApprovalStep(options.WaitForApproval), false),
        ];
        var groups = new List<List<IReleaseStep>>();
        foreach (var (_, step, beside) in steps.Where(s => s.Stage <= stopAfter && s.Step.AppliesTo(plan)))
        {
            if (beside && groups.Count > 0)
            {
                groups[^1].Add(step);
            }
            else
            {
                groups.Add([step]);
            }
        }

        return groups;
    }

    /// <summary>
    /// The names of <see cref="Steps"/>, as the result's <c>steps</c> lists them; without <paramref name="options"/>,
    /// those of a run with the default options (no wait for approval).
    /// </summary>
    internal static IReadOnlyList<string> StepNamesFor(ReleasePlan plan, ReleaseOptions? options = null, ReleaseStage stopAfter = ReleaseStage.Verify) =>
        Steps(plan, options ?? new ReleaseOptions { Connection = new MarketplaceConnection(new Uri("http://127.0.0.1/"), string.Empty, string.Empty) }, stopAfter)
            .Select(step => step.Name).ToList();

    private static OctokitGitHubReleases CreateGitHub(GitHubConnection connection, ReleaseOptions options, IReleaseReporter reporter) =>
        new(connection, new GitHubClientSettings(
            RetryPolicy.For(options.Client, options.TimeProvider),
            RateLimitBudget: options.WaitTimeout,
            AttemptTimeout: options.Client.AttemptTimeout,
            Waiting: reporter.Info));

    private static void DeleteTemporaryFolder(ReleaseRun run, IReleaseReporter reporter)
    {
        if (run.TemporaryFolder is not { } folder)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Warning($"could not delete the temporary folder {folder}: {exception.Message}");
        }
    }

    internal static ReleaseResult Result(ReleaseRun run, LoopEnd loop)
    {
        var plan = run.Plan;
        var (state, failure) = (loop.State, loop.Failure);
        var status = ReleaseStatusRule.Status(failure is not null, run.Options.DryRun, loop.Changes.Count, loop.ChangeKinds, ListingCreation.State(run));
        return new ReleaseResult
        {
            Status = status,
            ExitCode = failure?.ExitCode ?? ExitCodes.Success,
            AppKey = plan.App.Key,
            Hosting = plan.App.Hosting.Word(),
            AppSoftwareId = state.App?.AppSoftwareId,
            ArtifactId = state.Artifact?.Id,
            // For connect and forge the Marketplace's numbers (docs/marketplace-api.md § Frameworks and exactly-once creates): the live version's, once it exists.
            BuildNumber = state.BuildNumber(plan),
            VersionNumber = state.LiveVersion?.VersionNumber ?? plan.Version.Number,
            ListingState = state.Listing?.StateWord,
            ApprovalStatus = state.Listing?.ApprovalStatusWord,
            VersionUrl = run.VersionUrl(state),
            Steps = loop.Outcomes,
            Changes = loop.Changes,
            Error = failure?.Line,
            MarketplaceError = failure?.MarketplaceText,
            Failure = failure,
        };
    }
}
