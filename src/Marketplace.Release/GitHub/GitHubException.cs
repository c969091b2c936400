namespace Marketplace.Release.GitHub;

/// <summary>
/// A failed GitHub call, whatever raised it (Octokit or the asset download). Carries what the pipeline needs to
/// explain it; never the token.
/// </summary>
internal sealed class GitHubException : Exception
{
    public GitHubException(GitHubErrorKind kind, string request, int? status, string? gitHubMessage, DateTimeOffset? resetAt = null, Exception? innerException = null)
        : base($"{request} failed: {(status is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no response")} {gitHubMessage}".TrimEnd(), innerException)
    {
        Kind = kind;
        Request = request;
        Status = status;
        GitHubMessage = gitHubMessage;
        ResetAt = resetAt;
    }

    public GitHubException()
        : this(GitHubErrorKind.Transient, "GitHub request", null, null)
    {
    }

    public GitHubException(string message)
        : this(GitHubErrorKind.Transient, "GitHub request", null, message)
    {
    }

    public GitHubException(string message, Exception innerException)
        : this(GitHubErrorKind.Transient, "GitHub request", null, message, null, innerException)
    {
    }

    public GitHubErrorKind Kind { get; }

    /// <summary>Method and path, e.g. <c>GET repos/o/r/releases/tags/v1.4.0</c>.</summary>
    public string Request { get; }

    public int? Status { get; }

    /// <summary>GitHub's own <c>message</c>, when it sent one.</summary>
    public string? GitHubMessage { get; }

    /// <summary>When a rate limit resets (from <c>x-ratelimit-reset</c> or <c>Retry-After</c>).</summary>
    public DateTimeOffset? ResetAt { get; }
}
