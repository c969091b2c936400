namespace Marketplace.Sandbox;

/// <summary>What a matching <see cref="FaultRule"/> does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer with <see cref="FaultRule.StatusCode"/> (and Retry-After, body) without performing the request.</summary>
    Status,

    /// <summary>Wait <see cref="FaultRule.Delay"/> (real time), then handle the request normally.</summary>
    Delay,

    /// <summary>Abort the connection before performing the request.</summary>
    Drop,

    /// <summary>Perform the request (state changes), then abort the connection so the client never sees the answer.</summary>
    PerformThenDrop,

    /// <summary>Perform the request (state changes), then answer <see cref="FaultRule.StatusCode"/> instead of the real answer.</summary>
    PerformThenStatus,
}
