using Marketplace.Release.Api;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>Waits until the uploaded artifact is processed, bounded by the timeout (exit 5 past it).</summary>
internal sealed class WaitForArtifactStep : IReleaseStep
{
    public string Name => StepNames.WaitForArtifact;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        if (context.ArtifactReady)
        {
            return StepResult.Skip("the version already uses its artifact");
        }

        if (context.ArtifactId is not { } artifactId)
        {
            return StepResult.Skip(context.DryRun ? "dry run: nothing uploaded to wait for" : "no artifact to wait for");
        }

        var options = context.Options;
        var poller = new ArtifactPoller(context.Client.PollArtifactAsync, context.Time, options.PollInitialDelay, options.PollMaxDelay,
            options.ProgressInterval, line => context.Reporter.Progress(Name, line));
        var started = context.Time.GetTimestamp();
        try
        {
            await poller.WaitAsync(artifactId, options.WaitTimeout, options.NoWait, cancellationToken);
        }
        catch (MarketplaceApiException error)
        {
            throw context.Fail(error);
        }

        context.ArtifactReady = true;
        return StepResult.Done($"artifact {artifactId} processed after {context.Time.GetElapsedTime(started).TotalSeconds:0.0} s ({poller.Requests} look(s))");
    }
}
