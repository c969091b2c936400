using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Release.Api;

internal static class HttpDebugLogExtensions
{
    /// <summary>Adds <see cref="HttpDebugLog"/> inside the resilience handler (so every attempt is logged), only with <c>--debug</c>.</summary>
    public static IHttpClientBuilder AddDebugLog(this IHttpClientBuilder builder, Action<string>? log) =>
        log is null ? builder : builder.AddHttpMessageHandler(() => new HttpDebugLog(log));
}
