using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class ListingEndpointsTests
{
    private static JsonObject PrivateListing(string imageId) => new()
    {
        ["state"] = "PRIVATE",
        ["moreDetails"] = "Timesheets for Jira teams.",
        ["screenshots"] = new JsonArray(new JsonObject { ["imageId"] = imageId, ["caption"] = "Board view" }),
        ["developerLinks"] = new JsonObject { ["documentation"] = "https://example.com/docs" },
    };

    private static JsonObject Highlight(string imageId) => new()
    {
        ["title"] = "Fast",
        ["caption"] = "Faster exports",
        ["summary"] = "Export is now 3x faster",
        ["screenshot"] = new JsonObject { ["imageId"] = imageId, ["caption"] = "Export" },
        ["thumbnail"] = imageId,
    };

    [Test]
    public async Task A_private_listing_is_created_with_201_and_reads_back_UNINITIATED()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        var imageId = await sandbox.UploadImageAsync();

        using var created = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), PrivateListing(imageId));
        using var read = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(buildNumber));

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo("/" + SandboxHarness.ListingPath(buildNumber)));
        Assert.That(await created.Content.ReadAsStringAsync(), Is.Empty);
        var body = await SandboxHarness.ReadJsonAsync(read);
        Assert.Multiple(() =>
        {
            Assert.That(body["state"]!.GetValue<string>(), Is.EqualTo("PRIVATE"));
            Assert.That(body["approvalStatus"]!.GetValue<string>(), Is.EqualTo("UNINITIATED"));
            Assert.That(body["revision"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(body["buildNumber"]!.GetValue<long>(), Is.EqualTo(buildNumber));
            Assert.That(body["appSoftwareId"]!.GetValue<string>(), Is.EqualTo(SandboxHarness.DataCenterId));
            Assert.That(body["screenshots"]![0]!["imageId"]!.GetValue<string>(), Is.EqualTo(imageId));
        });
        var listing = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!;
        Assert.That(listing.Screenshots.All(screenshot => sandbox.Server.State.HasImage(screenshot.ImageId!)), Is.True);
        Assert.That(listing.DeveloperLinks!["documentation"]!.GetValue<string>(), Is.EqualTo("https://example.com/docs"));
    }

    [TestCase(false, "SUBMITTED", "submitted")]
    [TestCase(true, "APPROVED", "approved")]
    public async Task Putting_the_read_listing_with_state_PUBLIC_publishes_it(bool autoApprove, string approvalStatus, string versionState)
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.AutoApprove = autoApprove);
        var buildNumber = await sandbox.CreateVersionAsync();
        using var created = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), PrivateListing(SandboxHarness.SeededImageId));
        using var read = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(buildNumber));
        var listing = ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(read)).AsObject(), "UpdateAppSoftwareVersionListingV3Request");
        listing["state"] = "PUBLIC";

        using var published = await sandbox.PutJsonAsync(SandboxHarness.ListingPath(buildNumber), listing);

        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        var stored = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!;
        Assert.That(stored.State, Is.EqualTo("PUBLIC"));
        Assert.That(stored.ApprovalStatus, Is.EqualTo(approvalStatus));
        Assert.That(stored.Revision, Is.EqualTo(2));
        Assert.That(stored.Json["approvalDetails"]!["submittedDate"], Is.Not.Null);
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, buildNumber)!.State, Is.EqualTo(versionState));
    }

    [Test]
    public async Task A_stale_revision_is_400_VALIDATION_FAIL_Revision_mismatch_with_a_numeric_status()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var read = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(100300000));
        var listing = ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(read)).AsObject(), "UpdateAppSoftwareVersionListingV3Request");
        listing["revision"] = 7;

        using var response = await sandbox.PutJsonAsync(SandboxHarness.ListingPath(100300000), listing);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = (await SandboxHarness.ReadJsonAsync(response))["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_FAIL"));
        Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("Revision mismatch"));
        Assert.That(error["status"]!.GetValue<int>(), Is.EqualTo(400));
    }

    [Test]
    public async Task A_changed_approval_status_is_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var read = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(100300000));
        var listing = ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(read)).AsObject(), "UpdateAppSoftwareVersionListingV3Request");
        listing["approvalStatus"] = "SUBMITTED";

        using var response = await sandbox.PutJsonAsync(SandboxHarness.ListingPath(100300000), listing);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("not allowed"));
    }

    [Test]
    public async Task The_only_public_version_cannot_be_made_private()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var read = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(100300000));
        var listing = ContractBodies.Trim((await SandboxHarness.ReadJsonAsync(read)).AsObject(), "UpdateAppSoftwareVersionListingV3Request");
        listing["state"] = "PRIVATE";

        using var response = await sandbox.PutJsonAsync(SandboxHarness.ListingPath(100300000), listing);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(sandbox.Server.State.Listing(SandboxHarness.DataCenterId, 100300000)!.State, Is.EqualTo("PUBLIC"));
    }

    [TestCase(0)]
    [TestCase(2)]
    [TestCase(4)]
    public async Task Highlights_must_be_exactly_three(int count)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        var listing = PrivateListing(SandboxHarness.SeededImageId);
        listing["highlights"] = new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode)Highlight(SandboxHarness.SeededImageId)).ToArray());

        using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), listing);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Invalid value for highlights: Value should have at"));
        Assert.That(sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber), Is.Null);
    }

    [Test]
    public async Task Three_highlights_are_accepted()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        var listing = PrivateListing(SandboxHarness.SeededImageId);
        listing["highlights"] = new JsonArray(Highlight(SandboxHarness.SeededImageId), Highlight(SandboxHarness.SeededImageId), Highlight(SandboxHarness.SeededImageId));

        using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), listing);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(sandbox.Server.State.Listing(SandboxHarness.DataCenterId, buildNumber)!.Highlights, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task An_unknown_image_id_is_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();

        using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), PrivateListing("11111111-2222-3333-4444-555555555555"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Unknown image id").And.Contain("screenshots[0].imageId"));
    }

    [TestCase(null)]
    [TestCase("public")]
    public async Task State_is_required_and_upper_case(string? state)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        var listing = PrivateListing(SandboxHarness.SeededImageId);
        listing["state"] = state;

        using var response = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), listing);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_second_listing_for_a_version_is_refused_and_a_missing_one_is_404()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        using var missing = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(buildNumber));
        using var first = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), PrivateListing(SandboxHarness.SeededImageId));
        using var second = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), PrivateListing(SandboxHarness.SeededImageId));

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await SandboxHarness.ReadJsonAsync(missing))["errors"]![0]!["status"]!.GetValue<int>(), Is.EqualTo(404));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_seeded_listing_is_public_with_a_known_screenshot()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var listing = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, 100300000)!;

        Assert.That(listing.State, Is.EqualTo("PUBLIC"));
        Assert.That(listing.MoreDetails, Is.Not.Empty);
        Assert.That(listing.Screenshots.Single().ImageId, Is.EqualTo(SandboxHarness.SeededImageId));
        Assert.That(sandbox.Server.State.HasImage(SandboxHarness.SeededImageId), Is.True);
    }

    [Test]
    public async Task All_listings_page_and_filter_by_state()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var buildNumber = await sandbox.CreateVersionAsync();
        using var created = await sandbox.PostJsonAsync(SandboxHarness.ListingPath(buildNumber), PrivateListing(SandboxHarness.SeededImageId));
        var path = $"rest/3/app-software/{SandboxHarness.DataCenterId}/listings/all";

        using var firstPage = await sandbox.Client.GetAsync(path + "?limit=1");
        using var publicOnly = await sandbox.Client.GetAsync(path + "?state=PUBLIC");

        var first = await SandboxHarness.ReadJsonAsync(firstPage);
        Assert.That(first["versions"]![0]!["buildNumber"]!.GetValue<long>(), Is.EqualTo(buildNumber));
        var next = first["links"]!["next"]!.GetValue<string>();
        using var secondPage = await sandbox.Client.GetAsync(next.TrimStart('/'));
        var second = await SandboxHarness.ReadJsonAsync(secondPage);
        Assert.That(second["versions"]![0]!["buildNumber"]!.GetValue<long>(), Is.EqualTo(100300000));
        Assert.That(second["links"]!["next"], Is.Null);
        Assert.That((await SandboxHarness.ReadJsonAsync(publicOnly))["versions"]!.AsArray().Single()!["state"]!.GetValue<string>(), Is.EqualTo("PUBLIC"));
    }
}
