namespace Marketplace.Sandbox;

/// <summary>
/// One injected fault: which requests it hits (method and path pattern) and what it does to them.
/// Path patterns are matched segment by segment against the path below <c>/marketplace</c> (the prefix is
/// optional in the pattern); <c>*</c> matches one segment, a trailing <c>**</c> any rest; the query is ignored.
/// </summary>
public sealed class FaultRule
{
    /// <summary>HTTP method, or "*" for any.</summary>
    public string Method { get; init; } = "*";

    /// <summary>e.g. <c>/rest/3/artifacts/*</c>.</summary>
    public required string Path { get; init; }

    public FaultKind Kind { get; init; } = FaultKind.Status;

    /// <summary>The status answered by <see cref="FaultKind.Status"/> and <see cref="FaultKind.PerformThenStatus"/>; null means 503 and 502 respectively.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Retry-After header value: seconds ("5") or an HTTP date; sent as given.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Response body text; null sends a Marketplace-style JSON error (no body for 401/403).</summary>
    public string? Body { get; init; }

    /// <summary>How long <see cref="FaultKind.Delay"/> waits, in real time (it exists to trip client timeouts).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>How many matching requests it hits; 0 means every one. Default 1.</summary>
    public int Times { get; init; } = 1;

    /// <summary>Let the first N matching requests through untouched.</summary>
    public int After { get; init; }

    public int EffectiveStatusCode => StatusCode ?? (Kind == FaultKind.PerformThenStatus ? 502 : 503);

    public override string ToString() => Kind switch
    {
        FaultKind.Status or FaultKind.PerformThenStatus => $"{KindName(Kind)} {EffectiveStatusCode} {Method} {Path}",
        FaultKind.Delay => $"{KindName(Kind)} {Delay.TotalMilliseconds:0}ms {Method} {Path}",
        _ => $"{KindName(Kind)} {Method} {Path}",
    };

    /// <summary>The name used in seed files, the admin endpoint and <see cref="RecordedRequest.Fault"/>.</summary>
    public static string KindName(FaultKind kind) => kind switch
    {
        FaultKind.Status => "status",
        FaultKind.Delay => "delay",
        FaultKind.Drop => "drop",
        FaultKind.PerformThenDrop => "performThenDrop",
        FaultKind.PerformThenStatus => "performThenStatus",
        _ => kind.ToString(),
    };
}
