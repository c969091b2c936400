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
    /// Completes once the recorded requests satisfy <paramref name="until"/>. An answered request is recorded before its
    /// answer leaves; a dropped one when the server is done with it, which can be after the client has seen the drop:
    /// waiting on this signal, not on time, is what makes reading the log after a fault deterministic.
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

        // Recorded as the answer starts, before its headers reach the socket: a client that has its answer finds the
        // request in the log at once. A request that never answers (dropped, or failed before answering) is recorded
        // when the server is done with it.
        var recordedOnce = 0;
        void Record(int status)
        {
            if (Interlocked.Exchange(ref recordedOnce, 1) == 0)
            {
                Add(new RecordedRequest(method, pathAndQuery, status, SandboxItems.Fault(context), time));
            }
        }

        context.Response.OnStarting(() =>
        {
            Record(SandboxItems.Dropped(context) ? 0 : context.Response.StatusCode);
            return Task.CompletedTask;
        });
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
            Record(SandboxItems.Dropped(context) ? 0 : failed ? 500 : context.Response.StatusCode);
        }
    }

    private void Add(RecordedRequest recorded)
    {
        lock (gate)
        {
            requests.Add(recorded);
            SignalWaiters();
        }

        var status = recorded.StatusCode;
        log?.Invoke($"{recorded.Method} {recorded.PathAndQuery} -> {(status == 0 ? "dropped" : status.ToString(System.Globalization.CultureInfo.InvariantCulture))}"
            + (recorded.Fault is null ? string.Empty : $" [fault: {recorded.Fault}]"));
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
