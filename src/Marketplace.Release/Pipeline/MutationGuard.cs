using Marketplace.Release.Api;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// Runs a create that must happen exactly once. A create is never retried blindly: after a failure whose outcome
/// is unknown (no response, a 5xx, a 429) the live state is read first, and only if the thing is still missing
/// is the create sent again. A refusal that says it already exists is settled the same way.
/// </summary>
internal static class MutationGuard
{
    /// <returns>True when this run performed the mutation; false when the live state showed it already done.</returns>
    public static async Task<bool> RunAsync(
        ReleaseContext context,
        Func<CancellationToken, Task> mutate,
        Func<CancellationToken, Task<bool>> isDone,
        Func<MarketplaceApiException, bool> meansAlreadyDone,
        CancellationToken cancellationToken)
    {
        var options = context.Options.Client;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await mutate(cancellationToken);
                return true;
            }
            catch (MarketplaceApiException error) when (error.Kind == FailureKind.Transient || meansAlreadyDone(error))
            {
                if (await isDone(cancellationToken))
                {
                    context.Reporter.Info(error.Kind == FailureKind.Transient
                        ? $"{error.Request} failed ({error.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}), but the Marketplace holds the result: not sending it again"
                        : $"{error.Request}: already there (another run made it)");
                    return false;
                }

                if (error.Kind != FailureKind.Transient || attempt >= options.MaxRetries)
                {
                    throw context.Fail(error);
                }

                var delay = error.RetryAfter ?? Backoff(options, attempt);
                context.Reporter.Progress(context.StepName, $"{error.Request} failed ({error.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}) and the live state shows it was not done; retrying in {delay.TotalSeconds:0.#} s");
                await Task.Delay(delay, context.Time, cancellationToken);
            }
            catch (MarketplaceApiException error)
            {
                throw context.Fail(error);
            }
        }
    }

    private static TimeSpan Backoff(MarketplaceClientOptions options, int attempt)
    {
        var delay = options.RetryDelay * Math.Pow(2, attempt);
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }
}
