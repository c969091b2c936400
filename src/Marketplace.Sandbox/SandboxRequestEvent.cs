namespace Marketplace.Sandbox;

/// <summary>
/// One API request seen by <see cref="SandboxOptions.OnRequest"/>: its method and path, which phase, the status the
/// client was sent (<see cref="SandboxRequestPhase.Completed"/> only; 0 for a dropped connection) and its position
/// among the API requests the sandbox received (0-based, in arrival order).
/// </summary>
public sealed record SandboxRequestEvent(string Method, string PathAndQuery, SandboxRequestPhase Phase, int StatusCode, int Sequence);
