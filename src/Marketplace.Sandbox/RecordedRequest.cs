namespace Marketplace.Sandbox;

/// <summary>
/// One request the sandbox received (admin requests under <c>/__sandbox</c> excluded).
/// <see cref="StatusCode"/> is what the client was sent; 0 when the connection was dropped.
/// <see cref="Fault"/> names the fault that hit it (e.g. <c>status 503 POST /rest/3/artifacts</c>,
/// <c>performThenDrop POST /rest/3/artifacts (performed: 200)</c>), null when none.
/// </summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, int StatusCode, string? Fault, DateTimeOffset TimeUtc);
