using Marketplace.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Faults;

/// <summary>Applies the first matching fault rule to an API request, before authentication (faults stand for the network and gateways in front of the API).</summary>
internal sealed class FaultMiddleware(FaultInjector faults)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (SandboxItems.IsAdminPath(context.Request.Path) || faults.Next(context.Request.Method, context.Request.Path.Value ?? "/") is not { } rule)
        {
            await next(context);
            return;
        }

        SandboxItems.SetFault(context, rule.ToString());
        switch (rule.Kind)
        {
            case FaultKind.Status:
                await WriteFaultAsync(context, rule);
                break;
            case FaultKind.Delay:
                // Real time on purpose: a delay fault exists to run into the client's (real) timeouts.
                await Task.Delay(rule.Delay, context.RequestAborted);
                await next(context);
                break;
            case FaultKind.Drop:
                SandboxItems.SetDropped(context);
                context.Abort();
                break;
            case FaultKind.PerformThenDrop:
            {
                var performed = await PerformUnseenAsync(context, next);
                SandboxItems.SetFault(context, $"{rule} (performed: {performed})");
                SandboxItems.SetDropped(context);
                context.Abort();
                break;
            }

            case FaultKind.PerformThenStatus:
            {
                var performed = await PerformUnseenAsync(context, next);
                SandboxItems.SetFault(context, $"{rule} (performed: {performed})");
                context.Response.Headers.Clear();
                await WriteFaultAsync(context, rule);
                break;
            }
        }
    }

    /// <summary>
    /// Runs the handler against a throw-away body: while Response.Body is replaced nothing reaches the socket,
    /// not even the headers, so the state changes but the client sees only what comes after.
    /// </summary>
    private static async Task<int> PerformUnseenAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        await using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await next(context);
            return context.Response.StatusCode;
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    private static Task WriteFaultAsync(HttpContext context, FaultRule rule)
    {
        var status = rule.EffectiveStatusCode;
        if (rule.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = rule.RetryAfter;
        }

        if (rule.Body is not null)
        {
            var contentType = rule.Body.TrimStart().StartsWith('{') ? "application/json" : "text/plain; charset=utf-8";
            return JsonResponses.WriteTextAsync(context, status, rule.Body, contentType);
        }

        if (status is 401 or 403 or 204 or 304)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        var code = status switch
        {
            429 => "TOO_MANY_REQUESTS",
            >= 500 => "INTERNAL_ERROR",
            _ => "SANDBOX_FAULT",
        };
        return JsonResponses.WriteAsync(context, status, JsonResponses.ErrorBody(status, code, $"Injected fault: {status}", "This answer was injected by the sandbox's fault rules", ErrorStatusStyle.String));
    }
}
