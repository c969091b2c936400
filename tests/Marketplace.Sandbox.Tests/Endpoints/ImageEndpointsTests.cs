using System.Net;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class ImageEndpointsTests
{
    [Test]
    public async Task A_png_is_stored_and_answered_with_its_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var png = TestFiles.Png();

        using var response = await sandbox.UploadAsync("rest/3/assets/images/screenshot", png, "board.png");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await SandboxHarness.ReadJsonAsync(response);
        Assert.That(body["mediaType"]!.GetValue<string>(), Is.EqualTo("image"));
        Assert.That(body["mimeType"]!.GetValue<string>(), Is.EqualTo("image/png"));
        Assert.That(body["name"]!.GetValue<string>(), Is.EqualTo("board.png"));
        Assert.That(body["size"]!.GetValue<long>(), Is.EqualTo(png.Length));
        var image = sandbox.Server.State.Images.Single(candidate => candidate.Id == body["id"]!.GetValue<string>());
        Assert.That(image.ImageType, Is.EqualTo("screenshot"));
    }

    [TestCase("screenshot", "board.svg", "Unsupported image format")]
    [TestCase("screenshot", "board.jpg", "not a valid image")]
    [TestCase("wallpaper", "board.png", "Unknown image type")]
    public async Task Unsupported_images_are_400_VALIDATION_FAIL(string imageType, string fileName, string expected)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.UploadAsync($"rest/3/assets/images/{imageType}", TestFiles.Png(), fileName);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("VALIDATION_FAIL").And.Contain(expected));
    }
}
