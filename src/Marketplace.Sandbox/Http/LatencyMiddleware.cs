using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Http;

/// <summary>
/// Outermost middleware when <see cref="SandboxOptions.Latency"/> is set: holds every API request for that long
/// before it is handled, so each answer reaches the client one latency later, as from a Marketplace far away.
/// A real delay on purpose (not the sandbox's <see cref="TimeProvider"/>): it measures the client's wall time in
/// <c>bench/roundtrips.sh</c>, and a fake clock would never let it pass. Admin requests are not held.
/// </summary>
internal sealed class LatencyMiddleware(TimeSpan latency)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!SandboxItems.IsAdminPath(context.Request.Path))
        {
            await Task.Delay(latency, context.RequestAborted);
        }

        await next(context);
    }
}
