using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>docs/manifest.md: a highlight needs its screenshot at validate; partnerSpecificTerms is free text as the API types it.</summary>
public sealed class ListingRuleTests
{
    private const string Id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    [Test]
    public void A_highlight_without_a_screenshot_is_refused_at_validate()
    {
        var manifest = MinimalManifest + $"""
            listing:
              highlights:
                - {"{"}title: One, screenshot: {"{"}imageId: {Id}{"}"}{"}"}
                - {"{"}title: Two, screenshot: {"{"}imageId: {Id}{"}"}{"}"}
                - title: Three
                  summary: no screenshot

            """;

        Assert.That(SingleError(manifest), Is.EqualTo(
            "marketplace-release.yml:18:7: listing.highlights[2] needs a screenshot (the Marketplace requires one per highlight); add screenshot: {image: <path>} or screenshot: {imageId: <id>}"));
    }

    [Test]
    public void Partner_specific_terms_are_free_text()
    {
        using var workspace = Workspace(MinimalManifest + "listing:\n  developerLinks:\n    partnerSpecificTerms: Custom partner terms and conditions apply\n");

        var links = Load(workspace).Listing.DeveloperLinks!;

        Assert.That(links.PartnerSpecificTerms, Is.EqualTo("Custom partner terms and conditions apply"));
    }
}
