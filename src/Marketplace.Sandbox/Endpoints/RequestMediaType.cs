using Marketplace.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The request media type each write of the presence endpoints takes, as the reference's Content-Type header says
/// (<c>application/json</c>; <c>application/json-patch+json</c> for the migration PATCH). Anything else is
/// 415 UNSUPPORTED_MEDIA_TYPE ([ours]: the reference names no status; 415 is HTTP's own answer, RFC 9110 §15.5.16).
/// </summary>
internal static class RequestMediaType
{
    public const string Json = "application/json";
    public const string JsonPatch = "application/json-patch+json";

    public static void Require(HttpContext context, string mediaType, ErrorStatusStyle style)
    {
        var header = context.Request.ContentType;
        if (MediaTypeHeaderValue.TryParse(header, out var parsed) && string.Equals(parsed.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        throw new ApiProblem(
            StatusCodes.Status415UnsupportedMediaType,
            "UNSUPPORTED_MEDIA_TYPE",
            $"Content-Type must be {mediaType}",
            style == ErrorStatusStyle.String ? $"The request was sent as '{header ?? "(none)"}'" : null);
    }
}
