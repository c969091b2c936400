using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Http;

/// <summary>Wraps a handler so that an <see cref="ApiProblem"/> becomes the Marketplace error body of that endpoint's style.</summary>
internal static class EndpointKit
{
    public static RequestDelegate Handle(Func<HttpContext, Task> handler, ErrorStatusStyle style = ErrorStatusStyle.String) => async context =>
    {
        try
        {
            await handler(context);
        }
        catch (ApiProblem problem)
        {
            await JsonResponses.WriteErrorAsync(context, problem, style);
        }
        catch (JsonException exception)
        {
            await JsonResponses.WriteErrorAsync(context, ApiProblem.Validation("Malformed JSON", exception.Message), style);
        }
    };

    public static string Route(HttpContext context, string name) =>
        context.Request.RouteValues.TryGetValue(name, out var value) && value is string text ? text : string.Empty;

    public static long RouteBuildNumber(HttpContext context, ErrorStatusStyle style) =>
        long.TryParse(Route(context, "buildNumber"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var buildNumber)
            ? buildNumber
            : throw new ApiProblem(404, "NOT_FOUND", "No version with that build number", style == ErrorStatusStyle.Number ? null : "The build number must be an integer");
}
