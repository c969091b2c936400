using System.Globalization;
using Marketplace.Release.Progress;
using Marketplace.Release.Resilience;

namespace Marketplace.Release.GitHub;

/// <summary>
/// Runs one logical GitHub call under the release's <see cref="RetryPolicy"/>: waits out a rate limit that resets
/// before the run's deadline, retries transient failures with its backoff, and otherwise lets the
/// <see cref="GitHubException"/> through.
/// </summary>
internal sealed class GitHubCallRunner(GitHubClientSettings settings, Func<Exception, string, GitHubException?> translate)
{
    private readonly DateTimeOffset deadline = settings.Time.GetUtcNow() + settings.RateLimitBudget;

    public Task<T> RunAsync<T>(string request, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        settings.Retries.RunAsync(
            async token =>
            {
                try
                {
                    return await call(token);
                }
                catch (Exception exception) when (exception is not GitHubException && !cancellationToken.IsCancellationRequested && translate(exception, request) is { } translated)
                {
                    throw translated;
                }
            },
            outcome => Advise(outcome.Exception as GitHubException),
            notice => settings.Waiting(Describe(request, (GitHubException)notice.Outcome.Exception!, notice)),
            cancellationToken);

    private RetryAdvice Advise(GitHubException? error)
    {
        if (error is { Kind: GitHubErrorKind.RateLimited, ResetAt: { } reset })
        {
            // GitHub resets on the second; a second more avoids arriving just before it.
            var now = settings.Time.GetUtcNow();
            var wait = reset - now + TimeSpan.FromSeconds(1);
            if (wait < TimeSpan.Zero)
            {
                wait = TimeSpan.FromSeconds(1);
            }

            return now + wait > deadline ? RetryAdvice.Stop : RetryAdvice.WaitFor(wait);
        }

        return error is { Kind: GitHubErrorKind.Transient } ? RetryAdvice.Transient() : RetryAdvice.Stop;
    }

    private string Describe<T>(string request, GitHubException error, RetryNotice<T> notice) => notice.Reason == RetryReason.ServerWait
        ? $"GitHub's rate limit is exhausted ({request}); waiting {DurationText.Format(notice.Delay)} until it resets at {error.ResetAt!.Value.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC"
        : $"GitHub failed ({error.Message}); retry {notice.Retry} of {settings.Retries.MaxRetries} in {DurationText.Format(notice.Delay)}";
}
