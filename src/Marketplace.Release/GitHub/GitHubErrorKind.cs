namespace Marketplace.Release.GitHub;

internal enum GitHubErrorKind
{
    /// <summary>401: the token is missing, wrong or expired.</summary>
    Unauthorized,

    /// <summary>403 (other than a rate limit): the token may not do this.</summary>
    Forbidden,

    /// <summary>404.</summary>
    NotFound,

    /// <summary>The rate limit is exhausted until <see cref="GitHubException.ResetAt"/>.</summary>
    RateLimited,

    /// <summary>5xx, network failures, timeouts, a broken download: worth a retry.</summary>
    Transient,

    /// <summary>Any other refusal (422, 4xx).</summary>
    Refused,
}
