using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Endpoints;

/// <summary>The Reporting endpoints a release report reads, served from the default seed's installs and feedback.</summary>
public sealed class ReportingEndpointsTests
{
    private const string MetricsPath = "rest/3/partner-metrics/developer-space/" + PresenceSeed.DeveloperId;
    private const string FeedbackPath = "rest/3/reporting/developer-space/" + PresenceSeed.DeveloperId + "/feedback/details";
    private const string AppKey = "com.example.timesheets";

    /// <summary>The harness clock is Sunday 2025-06-01: the last full week starts Monday 2025-05-19.</summary>
    private const string LastFullWeek = "2025-05-19";

    private static JsonObject InstallQuery(string start = "2025-03-03", string end = "2025-05-25") => new()
    {
        ["granularity"] = "WEEK",
        ["attributes"] = new JsonArray(Name("APP_KEY"), Name("PARENT_SOFTWARE"), Name("PARENT_SOFTWARE_VERSION")),
        ["metrics"] = new JsonObject { ["metricFields"] = new JsonArray(Name("INSTALL_COUNT")) },
        ["dateRange"] = new JsonObject { ["startDate"] = start, ["endDate"] = end },
        ["attributeFilter"] = new JsonObject
        {
            ["expr"] = new JsonObject
            {
                ["andGroup"] = new JsonArray(new JsonObject
                {
                    ["filter"] = new JsonObject
                    {
                        ["fieldName"] = "APP_KEY",
                        ["oneFilter"] = new JsonObject { ["stringFilter"] = new JsonObject { ["matchType"] = "EXACT", ["value"] = AppKey } },
                    },
                }),
            },
        },
    };

    private static JsonObject Name(string name) => new() { ["name"] = name };

    [Test]
    public async Task Install_counts_come_per_week_and_host_version_with_the_product_name_paged_by_weeks()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var first = await sandbox.PostJsonAsync(MetricsPath + "?limit=14&offset=0", InstallQuery());
        var records = (await SandboxHarness.ReadJsonAsync(first))["records"]!.AsArray();

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var newest = records.Where(record => record!["date"]!.GetValue<string>() == LastFullWeek).ToList();
        Assert.That(newest.Select(record => record!["parentSoftwareVersion"]!.GetValue<string>()), Is.EquivalentTo(new[] { "9.12.0", "10.0.0", "10.3.0", "10.3.3", "10.4.1" }));
        Assert.That(newest.Sum(record => record!["installCounts"]!.GetValue<long>()), Is.EqualTo(1000));
        Assert.That(newest.Select(record => record!["parentSoftware"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { "Jira" }));
        Assert.That(records.Select(record => record!["date"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(12), "12 weeks in the range, all on one page of 14");

        using var paged = await sandbox.PostJsonAsync(MetricsPath + "?limit=5&offset=10", InstallQuery());
        var pagedWeeks = (await SandboxHarness.ReadJsonAsync(paged))["records"]!.AsArray().Select(record => record!["date"]!.GetValue<string>()).Distinct().ToList();
        Assert.That(pagedWeeks, Is.EqualTo(new[] { "2025-05-12", LastFullWeek }), "offset counts weeks from the start of the range");
    }

    [TestCase("attributesFilter", "attributesFilter")]
    [TestCase("granularity", "granularity")]
    public async Task A_misspelt_field_or_a_value_outside_its_enum_is_400_naming_it(string field, string named)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var query = InstallQuery();
        if (field == "attributesFilter")
        {
            query["attributesFilter"] = query["attributeFilter"]!.DeepClone();
            query.Remove("attributeFilter");
        }
        else
        {
            query["granularity"] = "WEEKLY";
        }

        using var response = await sandbox.PostJsonAsync(MetricsPath, query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await SandboxHarness.ReadJsonAsync(response))["errors"]![0]!["message"]!.GetValue<string>(), Does.Contain(named));
    }

    [Test]
    public async Task A_filter_on_PRODUCT_ID_is_refused_because_the_OpenAPI_filter_fields_have_no_such_name()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var query = InstallQuery();
        query["attributeFilter"]!["expr"]!["andGroup"]![0]!["filter"]!["fieldName"] = "PRODUCT_ID";

        using var response = await sandbox.PostJsonAsync(MetricsPath, query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("PRODUCT_ID"));
    }

    [Test]
    public async Task A_filter_on_an_attribute_not_requested_and_an_end_date_of_today_are_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var withoutAttribute = InstallQuery();
        withoutAttribute["attributes"] = new JsonArray(Name("PARENT_SOFTWARE"));

        using var missing = await sandbox.PostJsonAsync(MetricsPath, withoutAttribute);
        using var today = await sandbox.PostJsonAsync(MetricsPath, InstallQuery(end: "2025-06-01"));

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("APP_KEY"));
        Assert.That(today.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await today.Content.ReadAsStringAsync(), Does.Contain("endDate"));
    }

    [Test]
    public async Task An_account_without_the_reporting_permission_gets_403_and_an_unknown_space_404()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.Users.Add(new SeedUser("viewer@example.com", "viewer-token", Reporting: false)));
        using var viewer = sandbox.CreateClient("viewer@example.com", "viewer-token");

        using var metrics = await viewer.PostAsync(MetricsPath, SandboxHarness.Json(InstallQuery()));
        using var feedback = await viewer.GetAsync(FeedbackPath);
        using var unknown = await sandbox.PostJsonAsync("rest/3/partner-metrics/developer-space/00000000-0000-4000-8000-000000000000", InstallQuery());
        using var anonymous = await sandbox.CreateClient(null, null).GetAsync(FeedbackPath);

        Assert.That(metrics.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(feedback.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Feedback_pages_follow_links_next_to_every_record_with_the_filters_kept()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var versions = new List<string>();
        string? next = FeedbackPath + "?productId=" + PresenceSeed.ProductId + "&type=uninstall&type=disable&limit=4";
        var pages = 0;
        int? total = null;
        while (next is not null)
        {
            using var response = await sandbox.Client.GetAsync(next.TrimStart('/'));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var body = await SandboxHarness.ReadJsonAsync(response);
            total = body["totalCount"]!.GetValue<int>();
            versions.AddRange(body["feedback"]!.AsArray().Select(item => item!["addonVersion"]!.GetValue<string>()));
            next = body["_links"]!["next"]?["href"]?.GetValue<string>();
            pages++;
        }

        Assert.That(total, Is.EqualTo(14));
        Assert.That(versions, Has.Count.EqualTo(14));
        Assert.That(pages, Is.EqualTo(4));
        Assert.That(versions.Count(version => version == "1.3.0"), Is.EqualTo(6));
    }

    [TestCase("type=deleted", "type")]
    [TestCase("hosting=dc", "hosting")]
    [TestCase("limit=51", "limit")]
    [TestCase("product=x", "product")]
    public async Task Feedback_refuses_values_outside_the_OpenAPI_and_unknown_parameters(string query, string named)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync(FeedbackPath + "?" + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(named));
    }

    [Test]
    public async Task The_parent_software_list_maps_names_to_ids()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync("rest/3/parent-software");
        var products = (await SandboxHarness.ReadJsonAsync(response))["parentSoftware"]!.AsArray();

        Assert.That(products.Select(product => (product!["id"]!.GetValue<string>(), product["name"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("confluence", "Confluence"), ("jira", "Jira") }));
    }
}
