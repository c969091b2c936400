using System.Globalization;

namespace Marketplace.Release.GitHub;

/// <summary>
/// Runs one logical GitHub call: waits out a rate limit that resets before the run's deadline, retries transient
/// failures with exponential backoff, and otherwise lets the <see cref="GitHubException"/> through.
/// </summary>
internal sealed class GitHubCallRunner(GitHubClientSettings settings, Func<Exception, string, GitHubException?> translate)
{
    private readonly DateTimeOffset deadline = settings.Time.GetUtcNow() + settings.RateLimitBudget;

    public async Task<T> RunAsync<T>(string request, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var retries = 0;
        while (true)
        {
            GitHubException error;
            try
            {
                return await call(cancellationToken);
            }
            catch (GitHubException thrown)
            {
                error = thrown;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && translate(exception, request) is { } translated)
            {
                error = translated;
            }

            if (error.Kind == GitHubErrorKind.RateLimited && error.ResetAt is { } reset)
            {
                // GitHub resets on the second; a second more avoids arriving just before it.
                var now = settings.Time.GetUtcNow();
                var wait = reset - now + TimeSpan.FromSeconds(1);
                if (wait < TimeSpan.Zero)
                {
                    wait = TimeSpan.FromSeconds(1);
                }

                if (now + wait > deadline)
                {
                    throw error;
                }

                settings.Waiting($"GitHub's rate limit is exhausted ({request}); waiting {Describe(wait)} until it resets at {reset.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC");
                await Task.Delay(wait, settings.Time, cancellationToken);
                continue;
            }

            if (error.Kind == GitHubErrorKind.Transient && retries < settings.MaxRetries)
            {
                retries++;
                var delay = TimeSpan.FromTicks(Math.Min(settings.MaxRetryDelay.Ticks, settings.RetryDelay.Ticks * (1L << Math.Min(retries - 1, 16))));
                settings.Waiting($"GitHub failed ({error.Message}); retry {retries} of {settings.MaxRetries} in {Describe(delay)}");
                await Task.Delay(delay, settings.Time, cancellationToken);
                continue;
            }

            throw error;
        }
    }

    internal static string Describe(TimeSpan span) => span.TotalSeconds < 90
        ? $"{Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
        : $"{Math.Ceiling(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min";
}
