using Marketplace.Release.Reliability.Tests.Faults;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Kill;

/// <summary>
/// Where the CLI process is killed: when <see cref="Request"/> arrives (held by the sandbox, so the previous step is
/// complete and this one has begun: a step boundary) or once its response has been sent.
/// </summary>
internal sealed record KillPoint(MatrixRequest Request, SandboxRequestPhase Phase)
{
    public string Name => Phase == SandboxRequestPhase.Received ? $"before {Request.Name}" : $"after {Request.Name}";
}
