using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Http;

/// <summary>Outermost middleware: records every API request with the status the client saw and the fault that hit it.</summary>
internal sealed class RequestRecorder(TimeProvider timeProvider, Action<string>? log, Func<SandboxRequestEvent, CancellationToken, Task>? onRequest = null)
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly List<(Func<IReadOnlyList<RecordedRequest>, bool> Until, TaskCompletionSource<IReadOnlyList<RecordedRequest>> Done)> waiters = [];
    private int sequence = -1;

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return requests.ToArray();
        }
    }

    /// <summary>
    /// Completes once the recorded requests satisfy <paramref name="until"/>. A request is recorded when the server is
    /// done with it, which for a dropped connection can be after the client has seen the drop: waiting on this
    /// signal, not on time, is what makes reading the log after a fault deterministic.
    /// </summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitAsync(Func<IReadOnlyList<RecordedRequest>, bool> until, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var now = requests.ToArray();
            if (until(now))
            {
                return Task.FromResult<IReadOnlyList<RecordedRequest>>(now);
            }

            var done = new TaskCompletionSource<IReadOnlyList<RecordedRequest>>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((until, done));
            return done.Task.WaitAsync(cancellationToken);
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
        var method = context.Request.Method;
        var pathAndQuery = context.Request.Path.Value + context.Request.QueryString.Value;
        var number = Interlocked.Increment(ref sequence);
        if (onRequest is not null)
        {
            context.Response.OnCompleted(() => onRequest(
                new SandboxRequestEvent(method, pathAndQuery, SandboxRequestPhase.Completed, SandboxItems.Dropped(context) ? 0 : context.Response.StatusCode, number),
                CancellationToken.None));
        }

        try
        {
            if (onRequest is not null)
            {
                await onRequest(new SandboxRequestEvent(method, pathAndQuery, SandboxRequestPhase.Received, 0, number), context.RequestAborted);
            }

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
                SignalWaiters();
            }

            log?.Invoke($"{recorded.Method} {recorded.PathAndQuery} -> {(status == 0 ? "dropped" : status.ToString(System.Globalization.CultureInfo.InvariantCulture))}"
                + (recorded.Fault is null ? string.Empty : $" [fault: {recorded.Fault}]"));
        }
    }

    private void SignalWaiters()
    {
        if (waiters.Count == 0)
        {
            return;
        }

        var now = requests.ToArray();
        waiters.RemoveAll(waiter => waiter.Until(now) && waiter.Done.TrySetResult(now));
    }
}
