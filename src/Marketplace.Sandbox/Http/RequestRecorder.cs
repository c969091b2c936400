using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Http;

/// <summary>Outermost middleware: records every API request with the status the client saw and the fault that hit it.</summary>
internal sealed class RequestRecorder(TimeProvider timeProvider, Action<string>? log)
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return requests.ToArray();
        }
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (SandboxItems.IsAdminPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var time = timeProvider.GetUtcNow();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var status = SandboxItems.Dropped(context) ? 0 : failed ? 500 : context.Response.StatusCode;
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value + context.Request.QueryString.Value,
                status,
                SandboxItems.Fault(context),
                time);
            lock (gate)
            {
                requests.Add(recorded);
            }

            log?.Invoke($"{recorded.Method} {recorded.PathAndQuery} -> {(status == 0 ? "dropped" : status.ToString(System.Globalization.CultureInfo.InvariantCulture))}"
                + (recorded.Fault is null ? string.Empty : $" [fault: {recorded.Fault}]"));
        }
    }
}
