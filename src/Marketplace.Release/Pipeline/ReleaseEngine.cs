using Marketplace.Release.Api;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
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
        var context = new ReleaseContext(plan, options, client, reporter) { StopAfter = stopAfter, GitHub = gitHub };
        var state = new ArtifactStateStore(options.StateDirectory ?? Path.Combine(plan.WorkspaceRoot, ".marketplace-release"));
        var withGitHub = plan.GitHub is not null;
        (ReleaseStage Stage, IReleaseStep Step)[] steps =
        [
            (ReleaseStage.Reconcile, new ResolveStep()),
            (ReleaseStage.Reconcile, new GitHubReleaseStep()),
            (ReleaseStage.Reconcile, new ReconcileStep()),
            (ReleaseStage.UploadArtifact, new UploadArtifactStep(state)),
            (ReleaseStage.UploadArtifact, new UploadImagesStep()),
            (ReleaseStage.WaitForArtifact, new WaitForArtifactStep()),
            (ReleaseStage.CreateVersion, new CreateVersionStep()),
            (ReleaseStage.CreateListing, new CreateListingStep()),
            (ReleaseStage.Publish, new PublishStep()),
            (ReleaseStage.Verify, new VerifyStep()),
            (ReleaseStage.Verify, new GitHubLinkBackStep()),
        ];
        try
        {
            return await RunAsync(context, [.. steps
                .Where(s => s.Stage <= stopAfter)
                .Where(s => withGitHub || s.Step is not (GitHubReleaseStep or GitHubLinkBackStep))
                .Select(s => s.Step)], cancellationToken);
        }
        finally
        {
            DeleteTemporaryFolder(context, reporter);
        }
    }

    /// <summary>The API URL of the version (the result's <c>versionUrl</c>); null before resolve.</summary>
    internal static string? VersionUrl(ReleaseContext context) => context.AppSoftwareId is { } id
        ? $"{context.Options.Connection.BaseUrl.ToString().TrimEnd('/')}/rest/3/app-software/{id}/versions/{context.Plan.Version.BuildNumber}"
        : null;

    private static OctokitGitHubReleases CreateGitHub(GitHubConnection connection, ReleaseOptions options, IReleaseReporter reporter) =>
        new(connection, new GitHubClientSettings(
            options.TimeProvider,
            RateLimitBudget: options.WaitTimeout,
            AttemptTimeout: options.Client.AttemptTimeout,
            MaxRetries: options.Client.MaxRetries,
            RetryDelay: options.Client.RetryDelay,
            MaxRetryDelay: options.Client.MaxRetryDelay,
            Waiting: reporter.Info));

    private static void DeleteTemporaryFolder(ReleaseContext context, IReleaseReporter reporter)
    {
        if (context.TemporaryFolder is not { } folder)
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

    internal static async Task<ReleaseResult> RunAsync(ReleaseContext context, IReadOnlyList<IReleaseStep> steps, CancellationToken cancellationToken)
    {
        var outcomes = new List<StepOutcome>();
        ReleaseFailure? failure = null;
        foreach (var step in steps)
        {
            context.StepName = step.Name;
            context.Reporter.StepStarted(step.Name);
            var started = context.Time.GetTimestamp();
            try
            {
                var result = await step.RunAsync(context, cancellationToken);
                var elapsed = context.Time.GetElapsedTime(started);
                outcomes.Add(new StepOutcome(step.Name, result.Skipped ? "skipped" : "done", (long)elapsed.TotalMilliseconds, result.Text));
                if (result.Skipped)
                {
                    context.Reporter.StepSkipped(step.Name, result.Text, elapsed);
                }
                else
                {
                    context.Reporter.StepDone(step.Name, result.Text, elapsed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = exception switch
                {
                    ReleaseFailedException failed => failed.Failure,
                    MarketplaceApiException api => FailureExplainer.Explain(api, step.Name, context.Plan.App.Key),
                    _ => new ReleaseFailure(FailureKind.Internal, $"unexpected error in {step.Name}: {exception.GetType().Name}: {exception.Message}", "re-run with --debug and report the log", null),
                };
                var elapsed = context.Time.GetElapsedTime(started);
                outcomes.Add(new StepOutcome(step.Name, "failed", (long)elapsed.TotalMilliseconds, failure.Line));
                context.Reporter.StepFailed(step.Name, failure, elapsed);
                break;
            }
        }

        return Result(context, outcomes, failure);
    }

    private static ReleaseResult Result(ReleaseContext context, List<StepOutcome> outcomes, ReleaseFailure? failure)
    {
        var plan = context.Plan;
        var listingState = context.LiveListing?["state"]?.ToString();
        var status = failure is not null ? "failed"
            : context.DryRun ? "planned"
            : context.Changes.Count == 0 ? "unchanged"
            : plan.Listing.Public && context.StopAfter >= ReleaseStage.Publish ? "published"
            : "staged";
        var versionUrl = VersionUrl(context);
        return new ReleaseResult
        {
            Status = status,
            ExitCode = failure?.ExitCode ?? ExitCodes.Success,
            AppKey = plan.App.Key,
            Hosting = plan.App.Hosting,
            AppSoftwareId = context.AppSoftwareId,
            ArtifactId = context.ArtifactId,
            BuildNumber = plan.Version.BuildNumber,
            VersionNumber = plan.Version.Number,
            ListingState = listingState,
            ApprovalStatus = context.LiveListing?["approvalStatus"]?.ToString(),
            VersionUrl = versionUrl,
            Steps = outcomes,
            Changes = context.Changes,
            Error = failure?.Line,
            MarketplaceError = failure?.MarketplaceText,
            Failure = failure,
        };
    }
}
