using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>Image ids are opaque text: the reference's own examples (<c>img-12345-abcdef-…</c>, <c>h1e2r3o4-i5m6-…</c>) are no UUIDs.</summary>
public sealed class ImageIdTests
{
    private const string DeveloperId = "87654321-4321-4321-4321-210987654321";

    [Test]
    public void Any_non_empty_image_id_is_taken_as_it_is()
    {
        using var workspace = Workspace(MinimalManifest.Replace("  hosting: datacenter\n", $"  hosting: datacenter\n  developerId: {DeveloperId}\n", StringComparison.Ordinal) + """
            listing:
              heroImage: {imageId: h1e2r3o4-i5m6-a7g8-e9u0-123456789abc}
              screenshots:
                - imageId: img-12345-abcdef-67890-ghijkl
                  caption: Board view
            appListing:
              icon: {imageId: 42}

            """);

        var plan = Load(workspace);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Listing.HeroImage!.ImageId, Is.EqualTo("h1e2r3o4-i5m6-a7g8-e9u0-123456789abc"));
            Assert.That(plan.Listing.Screenshots![0].Image.ImageId, Is.EqualTo("img-12345-abcdef-67890-ghijkl"));
            Assert.That(plan.AppListing!.Icon!.ImageId, Is.EqualTo("42"));
        });
    }

    [Test]
    public void An_empty_image_id_is_still_an_error()
    {
        Assert.That(SingleError(MinimalManifest + "listing:\n  heroImage: {imageId: }\n"), Does.StartWith("marketplace-release.yml:15:24: listing.heroImage.imageId is empty"));
    }
}
