using Microsoft.Extensions.Hosting;

namespace Marketplace.Sandbox.Http;

/// <summary>
/// The sandbox runs inside a host process (the CLI, a test run) that owns Ctrl+C and SIGTERM; the default console
/// lifetime would take those signals over, so the sandbox uses a lifetime that listens to none.
/// </summary>
internal sealed class HostLifetimeWithoutSignals : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
