using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// <c>POST /rest/3/assets/images/{imageType}</c>: listing images. The bytes are checked (extension and magic
/// number must agree) and then discarded; only the id, type, name and size are kept.
/// </summary>
internal static class ImageEndpoints
{
    /// <summary>[ours] one limit for every image type; the live API's per-type limits are not documented.</summary>
    public const long MaxImageBytes = 10L * 1024 * 1024;

    private static readonly string[] ImageTypes = ["banner", "hero", "icon", "logo", "screenshot", "screenshot-thumbnail", "title-logo"];

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox) =>
        routes.MapPost("/rest/3/assets/images/{imageType}", EndpointKit.Handle(context => UploadAsync(context, sandbox)));

    private static async Task UploadAsync(HttpContext context, SandboxContext sandbox)
    {
        var imageType = EndpointKit.Route(context, "imageType");
        if (!ImageTypes.Contains(imageType))
        {
            throw ApiProblem.ListingValidation($"Unknown image type '{imageType}'", $"One of {string.Join(", ", ImageTypes)}");
        }

        var file = await MultipartFileReceiver.ReceiveAsync(
            context,
            sandbox.UploadDirectory,
            MaxImageBytes,
            message => ApiProblem.ListingValidation(message),
            () => ApiProblem.ListingValidation("Image too large", $"An image is at most {MaxImageBytes} bytes"));
        MultipartFileReceiver.Delete(file);

        var mimeType = MimeType(file.FileName)
            ?? throw ApiProblem.ListingValidation("Unsupported image format", "Use a .jpg, .png, .gif or .bmp file");
        if (file.Size == 0 || !HasSignatureOf(mimeType, file.Head))
        {
            throw ApiProblem.ListingValidation("The file is not a valid image", $"'{file.FileName}' does not hold {mimeType} data");
        }

        var image = new ImageEntry(Guid.NewGuid().ToString(), imageType, file.FileName, mimeType, file.Size);
        lock (sandbox.Store.Gate)
        {
            sandbox.Store.Images.Add(image.Id, image);
        }

        await JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["id"] = image.Id,
            ["mediaType"] = "image",
            ["mimeType"] = image.MimeType,
            ["name"] = image.Name,
            ["size"] = image.Size,
        });
    }

    private static string? MimeType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".bmp" => "image/bmp",
        _ => null,
    };

    private static bool HasSignatureOf(string mimeType, byte[] head) => mimeType switch
    {
        "image/png" => head.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]),
        "image/jpeg" => head.AsSpan().StartsWith((byte[])[0xFF, 0xD8]),
        "image/gif" => head.AsSpan().StartsWith("GIF8"u8),
        "image/bmp" => head.AsSpan().StartsWith("BM"u8),
        _ => false,
    };
}
