using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

/// <summary>Issue 12: the listing rules where the sandbox used to agree with the product rather than the reference.</summary>
public sealed class ListingReferenceRulesTests
{
    private static JsonObject Listing(Action<JsonObject> change)
    {
        var image = SandboxHarness.SeededImageId;
        var listing = new JsonObject
        {
            ["state"] = "PRIVATE",
            ["screenshots"] = new JsonArray(new JsonObject { ["imageId"] = image, ["caption"] = "Board view" }),
            ["highlights"] = new JsonArray(Enumerable.Range(1, 3).Select(index => (JsonNode)new JsonObject
            {
                ["title"] = $"Highlight {index}",
                ["caption"] = "Caption",
                ["summary"] = "Summary",
                ["screenshot"] = new JsonObject { ["imageId"] = image, ["caption"] = "Shot" },
                ["thumbnail"] = image,
            }).ToArray()),
            ["heroImage"] = image,
            ["deploymentInstructions"] = new JsonArray(
                new JsonObject { ["body"] = "Install it", ["screenshot"] = new JsonObject { ["imageId"] = image, ["caption"] = "Install" } },
                new JsonObject { ["body"] = "Configure it" }),
            ["developerLinks"] = new JsonObject
            {
                ["documentation"] = "https://example.com/docs",
                ["learnMore"] = "https://example.com",
                ["eula"] = "https://example.com/eula",
                ["purchase"] = "https://example.com/buy",
                ["bonTermsSupported"] = true,
                ["partnerSpecificTerms"] = "Custom partner terms and conditions apply",
            },
        };
        change(listing);
        return listing;
    }

    private static IEnumerable<TestCaseData> RefusedListings()
    {
        yield return Case("an instruction's empty screenshot", l => l["deploymentInstructions"]![1]!["screenshot"] = new JsonObject(), "deploymentInstructions[1].screenshot.imageId is required");
        yield return Case("an instruction's screenshot with only a caption", l => l["deploymentInstructions"]![1]!["screenshot"] = new JsonObject { ["caption"] = "x" }, "deploymentInstructions[1].screenshot.imageId is required");
        yield return Case("a highlight's empty screenshot", l => l["highlights"]![2]!["screenshot"] = new JsonObject(), "highlights[2].screenshot.imageId is required");
        yield return Case("a highlight without a screenshot", l => l["highlights"]![0]!.AsObject().Remove("screenshot"), "highlights[0].screenshot is required");
        yield return Case("an empty hero image id", l => l["heroImage"] = "", "heroImage must be an image id string");
        yield return Case("a documentation link that is no URL", l => l["developerLinks"]!["documentation"] = "docs.example.com", "developerLinks.documentation must be an absolute http(s) URL");
        yield return Case("an eula link with another scheme", l => l["developerLinks"]!["eula"] = "ftp://example.com/eula", "developerLinks.eula must be an absolute http(s) URL");
        yield return Case("bonTermsSupported as a string", l => l["developerLinks"]!["bonTermsSupported"] = "true", "Invalid value for developerLinks.bonTermsSupported");

        static TestCaseData Case(string name, Action<JsonObject> change, string expected) => new TestCaseData(change, expected).SetName("Listing reference rule: " + name);
    }

    [TestCaseSource(nameof(RefusedListings))]
    public async Task A_listing_the_reference_would_refuse_is_400_VALIDATION_FAIL_with_a_numeric_status(Action<JsonObject> change, string expected)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();

        using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), Listing(change));

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        var error = JsonNode.Parse(text)!["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_FAIL"));
        Assert.That(error["status"]!.GetValue<int>(), Is.EqualTo(400));
        Assert.That(text, Does.Contain(expected));
        Assert.That(sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber), Is.Null);
    }

    [Test]
    public async Task A_full_listing_with_free_text_partner_terms_and_an_instruction_without_screenshot_is_accepted()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();

        using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), Listing(_ => { }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var stored = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!;
        Assert.That(stored.DeveloperLinks!["partnerSpecificTerms"]!.GetValue<string>(), Is.EqualTo("Custom partner terms and conditions apply"));
        Assert.That(stored.Json["deploymentInstructions"]![1]!["screenshot"]!.AsObject(), Is.Empty, "read back as the reference shows it: \"screenshot\": {}");
    }

    [Test]
    public async Task Image_ids_are_opaque_text_as_in_the_reference_examples()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed =>
        {
            seed.Images.Add(new SeedImage("h1e2r3o4-i5m6-a7g8-e9u0-123456789abc", "hero", "hero.png"));
            seed.Images.Add(new SeedImage("img-12345-abcdef-67890-ghijkl", "screenshot", "board.png"));
        });
        var buildNumber = await sandbox.CreateVersionAsync();

        using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), Listing(l =>
        {
            l["heroImage"] = "h1e2r3o4-i5m6-a7g8-e9u0-123456789abc";
            l["screenshots"]![0]!["imageId"] = "img-12345-abcdef-67890-ghijkl";
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var stored = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!;
        Assert.That(stored.Json["heroImage"]!.GetValue<string>(), Is.EqualTo("h1e2r3o4-i5m6-a7g8-e9u0-123456789abc"));
        Assert.That(stored.Json["screenshots"]![0]!["imageId"]!.GetValue<string>(), Is.EqualTo("img-12345-abcdef-67890-ghijkl"));
    }

    [Test]
    public async Task Putting_back_a_read_listing_whose_instruction_shows_an_empty_screenshot_is_refused()
    {
        // The reference's GET examples (and so the sandbox's GET) show "screenshot": {} for an instruction without one;
        // a PUT that copies the GET back unchanged is refused.
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        using var created = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), Listing(_ => { }));
        using var read = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(buildNumber));
        var body = ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(read)).AsObject(), "UpdateAppSoftwareVersionListingV3Request");
        Assert.That(body["deploymentInstructions"]![1]!["screenshot"]!.AsObject(), Is.Empty, "the GET shows it");
        body["state"] = "PUBLIC";

        using var put = await sandbox.PutJsonAsync(SandboxHarness.ListingPath(buildNumber), body);

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await put.Content.ReadAsStringAsync(), Does.Contain("deploymentInstructions[1].screenshot.imageId is required"));
        Assert.That(sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!.Revision, Is.EqualTo(1));
    }
}
