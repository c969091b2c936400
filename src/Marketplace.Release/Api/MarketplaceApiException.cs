using Marketplace.Release.Failures;

namespace Marketplace.Release.Api;

/// <summary>
/// The one error type of the Marketplace client: what was asked, what came back (status, code, title/detail,
/// the raw text), and what kind of failure it is.
/// </summary>
public sealed class MarketplaceApiException : Exception
{
    public MarketplaceApiException(string request, int? status, ApiError? error, FailureKind kind, Exception? innerException = null)
        : base(Describe(request, status, error, innerException), innerException)
    {
        Request = request;
        Status = status;
        Error = error;
        Kind = kind;
    }

    public MarketplaceApiException()
        : this("request", null, null, FailureKind.Internal)
    {
    }

    public MarketplaceApiException(string message)
        : this(message, null, null, FailureKind.Internal)
    {
    }

    public MarketplaceApiException(string message, Exception innerException)
        : this(message, null, null, FailureKind.Internal, innerException)
    {
    }

    /// <summary>The request in words, e.g. <c>POST /rest/3/artifacts</c>.</summary>
    public string Request { get; }

    /// <summary>The HTTP status, or null when no response arrived (network failure, timeout).</summary>
    public int? Status { get; }

    /// <summary>The parsed error body; null when the response had none.</summary>
    public ApiError? Error { get; }

    public FailureKind Kind { get; }

    /// <summary>The server's <c>Retry-After</c>, when it sent one (seconds or an HTTP date, as a delay).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when the request may or may not have been performed (no response, or a 5xx).</summary>
    public bool OutcomeUnknown => Status is null or >= 500;

    /// <summary>
    /// A create refused because the thing is already there (409, or a 400 saying "already exists"): another run, or a
    /// lost response of ours, made it. The one place that reads this from an answer.
    /// </summary>
    public bool AlreadyExists => (Status == 409 && !RevisionMismatch) || (Status == 400 && Error?.HasMessage("already exists") == true);

    /// <summary>
    /// An update refused because the thing changed since it was read: a listing's stale revision is a 400 naming the
    /// revision (docs/marketplace-api.md § Version listing), a version's is <c>REVISION_MISMATCH</c> (a 400: docs/marketplace-api.md § Versions).
    /// </summary>
    public bool RevisionMismatch => Error?.Code == "REVISION_MISMATCH" || (Status == 400 && Error?.HasMessage("revision") == true);

    /// <summary>The Marketplace's own words, for the line after our one-line cause.</summary>
    public string? MarketplaceText => Error?.Summary;

    private static string Describe(string request, int? status, ApiError? error, Exception? inner)
    {
        var what = status is { } code ? $"{request} answered {code}" : $"{request} got no response ({inner?.GetType().Name ?? "unknown"}: {inner?.Message})";
        return error?.Summary is { Length: > 0 } text ? $"{what}: {text}" : what;
    }
}
