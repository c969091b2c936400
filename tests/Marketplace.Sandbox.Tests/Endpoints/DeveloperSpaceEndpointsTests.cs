using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class DeveloperSpaceEndpointsTests
{
    private const string SpacePath = "rest/3/product-listing/developer-space/" + PresenceSeed.DeveloperId;

    [Test]
    public async Task Following_links_next_with_includePrivate_yields_every_app_once_with_its_productId_and_appKey()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => PresenceSeed.AddApps(seed, 4));
        var seen = new List<(string AppKey, string ProductId)>();
        var pages = 0;

        for (string? next = SpacePath + "?includePrivate=true"; next is not null; pages++)
        {
            var page = await PresenceSeed.GetObjectAsync(sandbox.Client, next.TrimStart('/'));
            Assert.That(page["items"]!.AsArray(), Has.Count.InRange(1, 2));
            seen.AddRange(page["items"]!.AsArray().Select(item => (item!["appKey"]!.GetValue<string>(), item["productId"]!.GetValue<string>())));
            next = page["links"]!["next"]?.GetValue<string>();
            Assert.That(next, Is.Null.Or.StartWith("/rest/3/product-listing/developer-space/"));
        }

        Assert.That(pages, Is.EqualTo(3), "5 apps on pages of 2");
        Assert.That(seen.Select(entry => entry.AppKey), Is.Unique);
        Assert.That(seen, Does.Contain(("com.example.timesheets", PresenceSeed.ProductId)));
        Assert.That(seen, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Without_includePrivate_only_public_listings_are_served()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => PresenceSeed.AddApps(seed, 4));

        var page = await PresenceSeed.GetObjectAsync(sandbox.Client, SpacePath + "?limit=50");

        Assert.That(page["items"]!.AsArray().Select(item => item!["state"]!.GetValue<string>()), Is.All.EqualTo("PUBLIC"));
        Assert.That(page["links"]!["next"]?.GetValue<string>(), Is.Not.Null, "limit is capped to the page size of 2; 3 public apps make 2 pages");
    }

    [Test]
    public async Task The_page_size_is_seedable_and_a_page_holds_each_listing_as_its_own_GET_shows_it()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.DeveloperSpacePageSize = 10);

        var page = await PresenceSeed.GetObjectAsync(sandbox.Client, SpacePath);
        var single = await PresenceSeed.GetObjectAsync(sandbox.Client, PresenceSeed.AppListingPath);

        Assert.That(page["links"]!["next"], Is.Null);
        Assert.That(JsonNode.DeepEquals(page["items"]![0], single), Is.True);
    }

    [TestCase("?includePrivate=yes")]
    [TestCase("?limit=0")]
    [TestCase("?cursor=not-a-cursor")]
    public async Task Bad_query_parameters_are_400_with_a_numeric_status(string query)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync(SpacePath + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = await PresenceSeed.ErrorAsync(response);
        Assert.That(error["status"]!.GetValue<int>(), Is.EqualTo(400));
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("VALIDATION_FAIL"));
    }

    [Test]
    public async Task An_unknown_developer_space_is_404_and_an_app_of_other_users_is_not_listed()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed =>
        {
            seed.Users.Add(new SeedUser("other@example.com", "other-token"));
            seed.Apps[0].Users.Add(SandboxHarness.User);
        });
        using var other = sandbox.CreateClient("other@example.com", "other-token");

        using var unknown = await sandbox.Client.GetAsync("rest/3/product-listing/developer-space/00000000-0000-0000-0000-000000000000");
        var hidden = await PresenceSeed.GetObjectAsync(other, SpacePath + "?includePrivate=true");
        using var forbidden = await other.GetAsync(PresenceSeed.AppListingPath);

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(hidden["items"]!.AsArray(), Is.Empty);
        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
