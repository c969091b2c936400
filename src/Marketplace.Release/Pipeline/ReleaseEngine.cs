using Marketplace.Release.Api;
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
        var context = new ReleaseContext(plan, options, client, reporter) { StopAfter = stopAfter };
        var state = new ArtifactStateStore(options.StateDirectory ?? Path.Combine(plan.WorkspaceRoot, ".marketplace-release"));
        IReleaseStep[] steps =
        [
            new ResolveStep(),
            new ReconcileStep(),
            new UploadArtifactStep(state),
            new UploadImagesStep(),
            new WaitForArtifactStep(),
            new CreateVersionStep(),
            new CreateListingStep(),
            new PublishStep(),
            new VerifyStep(),
        ];
        return await RunAsync(context, steps.Take(StepCount(stopAfter)).ToList(), cancellationToken);
    }

    private static int StepCount(ReleaseStage stage) => stage switch
    {
        ReleaseStage.Reconcile => 2,
        ReleaseStage.UploadArtifact => 4,
        ReleaseStage.WaitForArtifact => 5,
        ReleaseStage.CreateVersion => 6,
        ReleaseStage.CreateListing => 7,
        ReleaseStage.Publish => 8,
        _ => 9,
    };

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
        var versionUrl = context.AppSoftwareId is { } id
            ? $"{context.Options.Connection.BaseUrl.ToString().TrimEnd('/')}/rest/3/app-software/{id}/versions/{plan.Version.BuildNumber}"
            : null;
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
