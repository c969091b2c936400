using Polly;

namespace Marketplace.Release.Api;

/// <summary>
/// Runs every request of an <see cref="HttpClient"/> through a resilience pipeline (timeouts, retries) in front of a
/// shared handler. What Microsoft.Extensions.Http.Resilience's ResilienceHandler does, without the DI container
/// around it (and without leaning on an API it still marks experimental). A retry re-sends the same request; the
/// shared handler reads its content again, which every content the client sends supports (JSON, reopened files).
/// </summary>
internal sealed class PipelineHandler(ResiliencePipeline<HttpResponseMessage> pipeline, HttpMessageHandler shared) : HttpMessageHandler
{
    // disposeHandler: false: the shared handler serves several clients and is disposed by its owner (MarketplaceHttp).
    private readonly HttpMessageInvoker inner = new(shared, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<HttpResponseMessage>(state.Inner.SendAsync(state.Request, token)),
            (Inner: inner, Request: request),
            cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
