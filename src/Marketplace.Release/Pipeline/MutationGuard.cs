using System.Runtime.ExceptionServices;
using Marketplace.Release.Api;
using Marketplace.Release.Failures;
using Marketplace.Release.Progress;
using Marketplace.Release.Resilience;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Runs a create that must happen exactly once. A create is never retried blindly: after a failure whose outcome
/// is unknown (no response, a 5xx, a 429) the live state is read first, and only if the thing is still missing
/// is the create sent again. A refusal that says it already exists (<see cref="MarketplaceApiException.AlreadyExists"/>)
/// is settled the same way. Any other error goes on to the engine loop, which explains it. The re-sends follow the one
/// <see cref="RetryPolicy"/> (attempts, backoff, <c>Retry-After</c>).
/// </summary>
internal static class MutationGuard
{
    /// <returns>True when this run performed the mutation; false when the live state showed it already done.</returns>
    public static Task<bool> RunAsync(
        ReleaseRun run,
        string step,
        Func<CancellationToken, Task> mutate,
        Func<CancellationToken, Task<bool>> isDone,
        CancellationToken cancellationToken) =>
        RunAsync(run, step, mutate, isDone, static _ => false, cancellationToken);

    /// <param name="settledByReading">
    /// Another refusal that the live state may explain, settled like <see cref="MarketplaceApiException.AlreadyExists"/>:
    /// e.g. publishing privacy answers finds no draft (404) because a publish of ours, whose answer was lost, made it live.
    /// </param>
    /// <returns>True when this run performed the mutation; false when the live state showed it already done.</returns>
    public static async Task<bool> RunAsync(
        ReleaseRun run,
        string step,
        Func<CancellationToken, Task> mutate,
        Func<CancellationToken, Task<bool>> isDone,
        Func<MarketplaceApiException, bool> settledByReading,
        CancellationToken cancellationToken)
    {
        var settled = await RetryPolicy.For(run.Options.Client, run.Time).RunAsync(
            async token =>
            {
                try
                {
                    await mutate(token);
                    return Settlement.ByThisRun;
                }
                catch (MarketplaceApiException error) when (error.Kind == FailureKind.Transient || error.AlreadyExists || settledByReading(error))
                {
                    if (await isDone(token))
                    {
                        run.Reporter.Info(error.Kind == FailureKind.Transient
                            ? $"{error.Request} failed ({StatusOf(error)}), but the Marketplace holds the result: not sending it again"
                            : $"{error.Request}: already there (another run made it)");
                        return Settlement.AlreadyDone;
                    }

                    // Handed back, not thrown: only this, a failure the live state shows not done, may be sent again.
                    // A failing read of the live state is thrown, and never retried into a second create.
                    return new Settlement(false, error);
                }
            },
            outcome => outcome.Result?.NotDone is { Kind: FailureKind.Transient } error
                ? RetryAdvice.Transient(error.RetryAfter)
                : RetryAdvice.Stop,
            notice =>
            {
                var error = notice.Outcome.Result!.NotDone!;
                run.Reporter.Progress(step, $"{error.Request} failed ({StatusOf(error)}) and the live state shows it was not done; retrying in {DurationText.Format(notice.Delay)}");
            },
            cancellationToken);
        if (settled.NotDone is { } failure)
        {
            // The create's own failure, with the stack it was thrown with.
            ExceptionDispatchInfo.Throw(failure);
        }

        return settled.Performed;
    }

    private static string StatusOf(MarketplaceApiException error) =>
        error.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response";

    /// <summary>How one attempt ended: performed by this run, found done by a read, or still not done (the create's failure).</summary>
    private sealed record Settlement(bool Performed, MarketplaceApiException? NotDone)
    {
        public static Settlement ByThisRun { get; } = new(true, null);

        public static Settlement AlreadyDone { get; } = new(false, null);
    }
}
