using System.Globalization;
using System.Net;
using Octokit;

namespace Marketplace.Release.GitHub;

/// <summary>Turns Octokit's exceptions (and the network's) into <see cref="GitHubException"/>, so no Octokit type leaves this folder.</summary>
internal static class OctokitErrors
{
    public static GitHubException? Translate(Exception exception, string request, TimeProvider time) => exception switch
    {
        RateLimitExceededException limit => new(GitHubErrorKind.RateLimited, request, 403, limit.Message, limit.Reset, limit),
        SecondaryRateLimitExceededException secondary => new(GitHubErrorKind.RateLimited, request, 403, Message(secondary), ResetAt(secondary.HttpResponse, time) ?? time.GetUtcNow().AddMinutes(1), secondary),
        AuthorizationException unauthorized => new(GitHubErrorKind.Unauthorized, request, 401, Message(unauthorized), null, unauthorized),
        // GitHub answers an exhausted limit with 403 or 429; Octokit names only the 403 whose text it recognises.
        ApiException api when IsRateLimit(api) => new(GitHubErrorKind.RateLimited, request, (int)api.StatusCode, Message(api), ResetAt(api.HttpResponse, time) ?? time.GetUtcNow().AddMinutes(1), api),
        ForbiddenException forbidden => new(GitHubErrorKind.Forbidden, request, 403, Message(forbidden), null, forbidden),
        NotFoundException notFound => new(GitHubErrorKind.NotFound, request, 404, Message(notFound), null, notFound),
        ApiException api when (int)api.StatusCode >= 500 => new(GitHubErrorKind.Transient, request, (int)api.StatusCode, Message(api), null, api),
        ApiException api => new(GitHubErrorKind.Refused, request, (int)api.StatusCode, Message(api), null, api),
        HttpRequestException network => new(GitHubErrorKind.Transient, request, null, network.Message, null, network),
        TaskCanceledException or TimeoutException => new(GitHubErrorKind.Transient, request, null, "timed out", null, exception),
        _ => null,
    };

    /// <summary>A 429, or a 403 with <c>x-ratelimit-remaining: 0</c>.</summary>
    public static bool IsRateLimit(int status, Func<string, string?> header) =>
        status == 429 || (status == 403 && header("x-ratelimit-remaining") == "0");

    /// <summary>When a rate limit resets: <c>Retry-After</c> (seconds) when given, else <c>x-ratelimit-reset</c> (epoch seconds).</summary>
    public static DateTimeOffset? ResetAt(Func<string, string?> header, TimeProvider time)
    {
        if (long.TryParse(header("retry-after"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return time.GetUtcNow().AddSeconds(seconds);
        }

        return long.TryParse(header("x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : null;
    }

    private static bool IsRateLimit(ApiException api) => IsRateLimit((int)api.StatusCode, name => Header(api.HttpResponse, name));

    private static DateTimeOffset? ResetAt(IResponse? response, TimeProvider time) => ResetAt(name => Header(response, name), time);

    private static string? Header(IResponse? response, string name) =>
        response?.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Message(ApiException api) =>
        api.ApiError?.Message is { Length: > 0 } message ? message : api.StatusCode == HttpStatusCode.NotFound ? "Not Found" : api.Message;
}
