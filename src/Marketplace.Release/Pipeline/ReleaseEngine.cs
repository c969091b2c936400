using Marketplace.Release.Api;
using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Runs a release plan through the steps of spec §2 and returns what happened. Never throws for a failed
/// release: the result carries the failure and its exit code, the same for every front end.
/// </summary>
public static class ReleaseEngine
{
    public static Task<ReleaseResult> PublishAsync(ReleasePlan plan, ReleaseOptions options, IReleaseReporter reporter, CancellationToken cancellationToken = default) =>
        PublishAsync(plan, options, reporter, ReleaseStage.Verify, cancellationToken);

    /// <summary>Runs the pipeline up to and including <paramref name="stopAfter"/>.</summary>
    public static async Task<ReleaseResult> PublishAsync(ReleasePlan plan, ReleaseOptions options, IReleaseReporter reporter, ReleaseStage stopAfter, CancellationToken cancellationToken = default)
    {
        using var client = new MarketplaceClient(options.Connection, options.Client, options.TimeProvider, options.Debug ? reporter.Debug : null);
        using var gitHub = plan.GitHub is not null && options.GitHub is { } connection ? CreateGitHub(connection, options, reporter) : null;
        var run = new ReleaseRun(plan, options, client, reporter) { StopAfter = stopAfter, GitHub = gitHub };
        try
        {
            return Result(run, await ReleaseLoop.RunAsync(run, ReleaseState.Empty, Steps(plan, options, stopAfter), cancellationToken));
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
    internal static IReadOnlyList<IReleaseStep> Steps(ReleasePlan plan, ReleaseOptions options, ReleaseStage stopAfter)
    {
        var uploads = new ArtifactStateStore(options.StateDirectory ?? Path.Combine(plan.WorkspaceRoot, ".marketplace-release"));
        // The steps in order, each with the last stage it belongs to. A new step is one line here.
        (ReleaseStage Stage, IReleaseStep Step)[] steps =
        [
            (ReleaseStage.Reconcile, new ResolveStep()),
            (ReleaseStage.Reconcile, new ResolveProductStep()),
            (ReleaseStage.Reconcile, new GitHubReleaseStep()),
            (ReleaseStage.Reconcile, new ReconcileStep()),
            (ReleaseStage.UploadArtifact, new UploadArtifactStep(uploads)),
            (ReleaseStage.UploadArtifact, new UploadImagesStep()),
            (ReleaseStage.WaitForArtifact, new WaitForArtifactStep()),
            (ReleaseStage.CreateVersion, new CreateVersionStep()),
            (ReleaseStage.CreateVersion, new UpdateVersionStep()),
            (ReleaseStage.CreateListing, new CreateListingStep()),
            (ReleaseStage.Publish, new PublishStep()),
            (ReleaseStage.Verify, new VerifyStep()),
            (ReleaseStage.Verify, new GitHubLinkBackStep()),
            (ReleaseStage.Verify, new AppListingStep()),
            (ReleaseStage.Verify, new CloudMigrationStep()),
            (ReleaseStage.Verify, new PrivacySecurityStep()),
            (ReleaseStage.Verify, new WaitForApprovalStep(options.WaitForApproval)),
        ];
        return steps.Where(s => s.Stage <= stopAfter && s.Step.AppliesTo(plan)).Select(s => s.Step).ToList();
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
            options.TimeProvider,
            RateLimitBudget: options.WaitTimeout,
            AttemptTimeout: options.Client.AttemptTimeout,
            MaxRetries: options.Client.MaxRetries,
            RetryDelay: options.Client.RetryDelay,
            MaxRetryDelay: options.Client.MaxRetryDelay,
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

    internal static ReleaseResult Result(ReleaseRun run, ReleaseLoopResult loop)
    {
        var plan = run.Plan;
        var (state, failure) = (loop.State, loop.Failure);
        var status = failure is not null ? ReleaseStatus.Failed
            : run.Options.DryRun ? ReleaseStatus.Planned
            : loop.Changes.Count == 0 ? ReleaseStatus.Unchanged
            : loop.ChangedSteps.Count > 0 && loop.ChangedSteps.All(step => step == StepNames.UpdateVersion) ? ReleaseStatus.Updated
            : plan.Listing.Public && run.StopAfter >= ReleaseStage.Publish ? ReleaseStatus.Published
            : ReleaseStatus.Staged;
        return new ReleaseResult
        {
            Status = status,
            ExitCode = failure?.ExitCode ?? ExitCodes.Success,
            AppKey = plan.App.Key,
            Hosting = plan.App.Hosting,
            AppSoftwareId = state.App?.AppSoftwareId,
            ArtifactId = state.Artifact?.Id,
            // For connect and forge the Marketplace's numbers (spec §9): the live version's, once it exists.
            BuildNumber = state.BuildNumber(plan),
            VersionNumber = state.LiveVersion?.VersionNumber ?? plan.Version.Number,
            ListingState = state.Listing?.State,
            ApprovalStatus = state.Listing?.ApprovalStatus,
            VersionUrl = run.VersionUrl(state),
            Steps = loop.Outcomes,
            Changes = loop.Changes,
            Error = failure?.Line,
            MarketplaceError = failure?.MarketplaceText,
            Failure = failure,
        };
    }
}
