namespace Marketplace.Sandbox;

/// <summary>When <see cref="SandboxOptions.OnRequest"/> is told about a request.</summary>
public enum SandboxRequestPhase
{
    /// <summary>The request line and headers arrived; nothing is handled yet (the body may still be on its way). The callback may hold the request.</summary>
    Received,

    /// <summary>The response was sent in full (or the connection dropped); the state change, if any, is done.</summary>
    Completed,
}
