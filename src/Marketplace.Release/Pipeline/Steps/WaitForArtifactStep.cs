using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Waits until the artifact is processed, bounded by the timeout (exit 5 past it). Only reads, so a dry run that
/// found an earlier upload waits for it too.
/// </summary>
internal sealed class WaitForArtifactStep : IReleaseStep
{
    public string Name => StepNames.WaitForArtifact;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) => Task.FromResult(state.Artifact switch
    {
        { Ready: true } => StepDecision.Skip("the version already uses its artifact"),
        { } artifact => StepDecision.Read(token => WaitAsync(run, state, artifact.Id, token)),
        null => StepDecision.Skip("no artifact to wait for"),
    });

    private async Task<StepEffect> WaitAsync(ReleaseRun run, ReleaseState state, string artifactId, CancellationToken cancellationToken)
    {
        var options = run.Options;
        var poller = new ArtifactPoller(run.Client.PollArtifactAsync, run.Time, options.PollInitialDelay, options.PollMaxDelay,
            options.ProgressInterval, line => run.Reporter.Progress(Name, line), options.SettingNames);
        var started = run.Time.GetTimestamp();
        await poller.WaitAsync(artifactId, options.WaitTimeout, options.NoWait, cancellationToken);
        return new StepEffect(state with { Artifact = (state.Artifact ?? new UsedArtifact(artifactId, Ready: true)) with { Ready = true } },
            $"artifact {artifactId} processed after {DurationText.Format(run.Time.GetElapsedTime(started))} ({Counted.Of(poller.Requests, "look")})");
    }
}
