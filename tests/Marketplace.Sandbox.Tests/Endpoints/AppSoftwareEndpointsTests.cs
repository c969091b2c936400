using System.Net;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class AppSoftwareEndpointsTests
{
    [Test]
    public async Task Lookup_by_app_key_answers_one_entry_per_hosting()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync("rest/3/app-software/app-key/com.example.timesheets");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var array = (await SandboxHarness.ReadJsonAsync(response)).AsArray();
        Assert.That(array.Select(item => item!["hosting"]!.GetValue<string>()), Is.EquivalentTo(new[] { "datacenter", "server" }));
        Assert.That(array.Select(item => item!["appSoftwareId"]!.GetValue<string>()), Does.Contain(SandboxHarness.DataCenterId));
    }

    [Test]
    public async Task Lookup_filters_by_hosting()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync("rest/3/app-software/app-key/com.example.timesheets?hosting=datacenter");

        var array = (await SandboxHarness.ReadJsonAsync(response)).AsArray();
        Assert.That(array, Has.Count.EqualTo(1));
        Assert.That(array[0]!["appSoftwareId"]!.GetValue<string>(), Is.EqualTo(SandboxHarness.DataCenterId));
    }

    [Test]
    public async Task An_unknown_app_key_is_404_APP_KEY_NOT_FOUND_with_a_string_status()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync("rest/3/app-software/app-key/com.example.nope");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var error = (await SandboxHarness.ReadJsonAsync(response))["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("APP_KEY_NOT_FOUND"));
        Assert.That(error["status"]!.GetValue<string>(), Is.EqualTo("404"));
    }

    [Test]
    public async Task Parent_software_versions_resolve_to_build_numbers()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var found = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions/number/10.3.0");
        using var missing = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions/number/1.0.0");

        var body = await SandboxHarness.ReadJsonAsync(found);
        Assert.That(body["buildNumber"]!.GetValue<long>(), Is.EqualTo(10030000));
        Assert.That(body["versionNumber"]!.GetValue<string>(), Is.EqualTo("10.3.0"));
        Assert.That(body["hosting"]!.AsArray().Select(item => item!.GetValue<string>()), Does.Contain("datacenter"));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Unknown_paths_are_404()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync("rest/2/addons");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
