using System.Net;
using System.Net.Http.Headers;
using Marketplace.Release.Api;

namespace Marketplace.Release.Tests.Api;

/// <summary>
/// Issue 22: requests sent side by side must not interleave their <c>--debug</c> lines. Made deterministic by a
/// response whose body arrives only after the other request has been logged in full: the slow response's status
/// line must still be followed directly by its own body line.
/// </summary>
[TestFixture]
internal sealed class HttpDebugLogTests
{
    [Test]
    public async Task Two_requests_in_flight_together_are_each_logged_whole()
    {
        var lines = new List<string>();
        var otherLogged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Log(string line)
        {
            lines.Add(line);
            if (line.StartsWith("http ← body", StringComparison.Ordinal) && line.Contains("fast", StringComparison.Ordinal))
            {
                otherLogged.TrySetResult();
            }
        }

        var inner = new Answering(request => request.RequestUri!.AbsolutePath.EndsWith("/slow", StringComparison.Ordinal)
            ? new HeldJson("""{"name":"slow"}""", otherLogged.Task)
            : new HeldJson("""{"name":"fast"}""", Task.CompletedTask));
        using var invoker = new HttpMessageInvoker(new HttpDebugLog(Log, new DebugBody([]), new Lock()) { InnerHandler = inner });

        var slow = invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:9/slow"), CancellationToken.None);
        var fast = invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:9/fast"), CancellationToken.None);
        using var answers = new CompositeDisposable(await slow.WaitAsync(TimeSpan.FromSeconds(10)), await fast.WaitAsync(TimeSpan.FromSeconds(10)));

        var answered = lines.Select((line, index) => (line, index)).Where(l => l.line.StartsWith("http ← 200", StringComparison.Ordinal)).ToList();
        Assert.That(answered, Has.Count.EqualTo(2), string.Join("\n", lines));
        foreach (var (line, index) in answered)
        {
            var name = line.Contains("/slow", StringComparison.Ordinal) ? "slow" : "fast";
            Assert.That(lines[index + 1], Does.StartWith("http ← body").And.Contain(name), $"{line} is not followed by its body:\n{string.Join("\n", lines)}");
        }
    }

    private sealed class Answering(Func<HttpRequestMessage, HttpContent> body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = body(request), RequestMessage = request });
    }

    /// <summary>A JSON body that is produced only once <paramref name="release"/> completes.</summary>
    private sealed class HeldJson : HttpContent
    {
        private readonly string json;
        private readonly Task release;

        public HeldJson(string json, Task release)
        {
            this.json = json;
            this.release = release;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await release.WaitAsync(TimeSpan.FromSeconds(10));
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(json));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    private sealed class CompositeDisposable(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
            {
                item.Dispose();
            }
        }
    }
}
