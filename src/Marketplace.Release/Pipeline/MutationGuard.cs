using Marketplace.Release.Api;
using Marketplace.Release.Failures;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Runs a create that must happen exactly once. A create is never retried blindly: after a failure whose outcome
/// is unknown (no response, a 5xx, a 429) the live state is read first, and only if the thing is still missing
/// is the create sent again. A refusal that says it already exists (<see cref="MarketplaceApiException.AlreadyExists"/>)
/// is settled the same way. Any other error goes on to the engine loop, which explains it.
/// </summary>
internal static class MutationGuard
{
    /// <returns>True when this run performed the mutation; false when the live state showed it already done.</returns>
    public static async Task<bool> RunAsync(
        ReleaseRun run,
        string step,
        Func<CancellationToken, Task> mutate,
        Func<CancellationToken, Task<bool>> isDone,
        CancellationToken cancellationToken)
    {
        var options = run.Options.Client;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await mutate(cancellationToken);
                return true;
            }
            catch (MarketplaceApiException error) when (error.Kind == FailureKind.Transient || error.AlreadyExists)
            {
                if (await isDone(cancellationToken))
                {
                    run.Reporter.Info(error.Kind == FailureKind.Transient
                        ? $"{error.Request} failed ({error.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}), but the Marketplace holds the result: not sending it again"
                        : $"{error.Request}: already there (another run made it)");
                    return false;
                }

                if (error.Kind != FailureKind.Transient || attempt >= options.MaxRetries)
                {
                    throw;
                }

                var delay = error.RetryAfter ?? Backoff(options, attempt);
                run.Reporter.Progress(step, $"{error.Request} failed ({error.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}) and the live state shows it was not done; retrying in {delay.TotalSeconds:0.#} s");
                await Task.Delay(delay, run.Time, cancellationToken);
            }
        }
    }

    private static TimeSpan Backoff(MarketplaceClientOptions options, int attempt)
    {
        var delay = options.RetryDelay * Math.Pow(2, attempt);
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }
}
