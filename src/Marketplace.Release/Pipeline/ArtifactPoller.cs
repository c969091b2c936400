using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Polls <c>GET /rest/3/artifacts/{id}</c> until the artifact is processed. A 404 right after the upload, and the
/// statuses UPLOADED, PENDING and PROCESSING, mean not yet; FAILED and REJECTED end the release. Looks follow
/// <see cref="PollSchedule"/>; a <c>Retry-After</c> on a not-yet answer that asks for a longer pause wins.
/// </summary>
internal sealed class ArtifactPoller(
    Func<string, CancellationToken, Task<ArtifactPoll>> read,
    TimeProvider time,
    TimeSpan initialDelay,
    TimeSpan maxDelay,
    TimeSpan progressInterval,
    Action<string> progress,
    ISettingNames? settingNames = null)
{
    private readonly ISettingNames names = settingNames ?? ISettingNames.Neutral;

    /// <summary>The number of GETs the last wait made.</summary>
    public int Requests { get; private set; }

    public async Task<ArtifactResponse> WaitAsync(string artifactId, TimeSpan timeout, bool noWait, CancellationToken cancellationToken)
    {
        var pacer = new PollPacer(time, timeout, initialDelay, maxDelay, progressInterval, progress);
        Requests = 0;
        while (true)
        {
            Requests++;
            var (artifact, retryAfter) = await read(artifactId, cancellationToken);
            var status = artifact?.Status;
            var word = artifact?.StatusWord?.ToUpperInvariant();
            if (artifact is not null && status is null or ArtifactStatus.Processed)
            {
                return artifact;
            }

            if (status is ArtifactStatus.Failed or ArtifactStatus.Rejected)
            {
                throw new ReleaseFailedException(FailureKind.Refused,
                    $"the Marketplace could not process artifact {artifactId}: {word}",
                    "fix what the reason names in the artifact (a valid plugin with atlassian-plugin.xml), then re-run",
                    artifact!.StatusReason);
            }

            var shown = artifact is null ? "not visible yet" : $"status {word}";
            if (noWait || pacer.TimedOut)
            {
                throw new ReleaseFailedException(FailureKind.Pending,
                    noWait
                        ? $"artifact {artifactId} is still being processed ({shown}) and {names[Setting.NoWait]} was given"
                        : $"artifact {artifactId} was still being processed after {DurationText.Format(pacer.Waited)} ({shown})",
                    $"re-run later (or raise {names[Setting.Timeout]}): the release resumes with this artifact");
            }

            await pacer.PauseAsync($"artifact {artifactId}", shown, retryAfter, cancellationToken);
        }
    }
}
