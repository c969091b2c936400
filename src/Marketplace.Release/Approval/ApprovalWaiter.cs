using Marketplace.Release.Api;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Approval;

/// <summary>
/// <c>--wait-for-approval</c> (docs/marketplace-api.md § Waiting for approval): looks at the released version's review on the artifact wait's schedule
/// (<see cref="PollSchedule"/>) until it is decided. APPROVED, or UNINITIATED on a PUBLIC listing, ends the wait;
/// REJECTED fails with exit 4 and the reason; past the timeout it fails with exit 5, and a re-run, which finds the
/// release done and sends nothing, resumes the wait. Only reads; time comes from the <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ApprovalWaiter(
    Func<CancellationToken, Task<ApprovalSnapshot>> look,
    TimeProvider time,
    TimeSpan initialDelay,
    TimeSpan maxDelay,
    TimeSpan progressInterval,
    Action<string> progress)
{
    /// <summary>The number of looks the last wait made.</summary>
    public int Looks { get; private set; }

    /// <param name="what">The version in words, e.g. <c>version 1.4.0 (build 100400000)</c>.</param>
    /// <returns>The look that found it approved.</returns>
    public async Task<ApprovalSnapshot> WaitAsync(string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pacer = new PollPacer(time, timeout, initialDelay, maxDelay, progressInterval, progress);
        Looks = 0;
        while (true)
        {
            Looks++;
            var snapshot = await look(cancellationToken);
            switch (snapshot.Verdict)
            {
                case ApprovalVerdict.Approved or ApprovalVerdict.AutoApproved:
                    return snapshot;
                case ApprovalVerdict.Rejected:
                    throw Rejected(what, snapshot);
            }

            if (pacer.TimedOut)
            {
                throw new ReleaseFailedException(FailureKind.Pending,
                    $"{what} was still waiting for the Marketplace's approval after {DurationText.Format(pacer.Waited)} ({snapshot.Shown})",
                    "re-run later with the same wait for approval: the release is done, so the re-run sends nothing and only resumes the wait");
            }

            await pacer.PauseAsync($"approval of {what}", snapshot.Shown, null, cancellationToken);
        }
    }

    private static ReleaseFailedException Rejected(string what, ApprovalSnapshot snapshot)
    {
        var reason = snapshot.RejectionReason is { } text ? $": {text}" : " (the Marketplace gave no reason)";
        var issue = snapshot.IssueKey is { } key ? $" in {key}" : string.Empty;
        return new ReleaseFailedException(FailureKind.Refused,
            $"the Marketplace rejected {what}{reason}",
            $"fix what the review{issue} names, then release a new version (or resubmit the listing in the Marketplace UI)",
            snapshot.RejectionReason);
    }
}
