namespace Marketplace.Release.Failures;

/// <summary>
/// Why a release failed. Every front end turns this into the same exit code (<see cref="ExitCodes"/>), so the
/// mapping lives in one place.
/// </summary>
public enum FailureKind
{
    /// <summary>An unexpected internal error (exit 1).</summary>
    Internal,

    /// <summary>Invalid manifest or usage; nothing was sent (exit 2).</summary>
    InvalidInput,

    /// <summary>Authentication or permission refused, 401/403 (exit 3).</summary>
    Authentication,

    /// <summary>The Marketplace refused a request: 4xx other than 401/403/409/429 (exit 4).</summary>
    Refused,

    /// <summary>Still pending when the wait ran out; a re-run resumes (exit 5).</summary>
    Pending,

    /// <summary>Transient failures (5xx, 429, network, timeouts) outlasted the retries (exit 6).</summary>
    Transient,

    /// <summary>The version exists with different content and cannot be updated (exit 7).</summary>
    Conflict,

    /// <summary>A release gate of the manifest is not met; nothing was sent (exit 9).</summary>
    GateNotMet,
}
