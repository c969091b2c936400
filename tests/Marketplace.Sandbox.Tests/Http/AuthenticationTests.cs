using System.Net;

namespace Marketplace.Sandbox.Tests.Http;

public sealed class AuthenticationTests
{
    [Test]
    public async Task Missing_credentials_get_401_without_a_body()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var anonymous = sandbox.CreateClient(null, null);

        using var response = await anonymous.GetAsync("rest/3/app-software/app-key/com.example.timesheets");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [Test]
    public async Task A_wrong_token_gets_401()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var client = sandbox.CreateClient(SandboxHarness.User, "not-the-token");

        using var response = await client.GetAsync("rest/3/artifacts/anything");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_user_without_access_to_the_app_gets_403_without_a_body()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed =>
        {
            seed.Users.Add(new SeedUser("other@example.com", "other-token"));
            seed.Apps[0].Users.Add(SandboxHarness.User);
        });
        using var other = sandbox.CreateClient("other@example.com", "other-token");

        using var lookup = await other.GetAsync("rest/3/app-software/app-key/com.example.timesheets");
        using var versions = await other.GetAsync($"rest/3/app-software/{SandboxHarness.DataCenterId}/versions");
        using var allowed = await sandbox.Client.GetAsync($"rest/3/app-software/{SandboxHarness.DataCenterId}/versions");

        Assert.That(lookup.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await lookup.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(versions.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Admin_endpoints_need_no_credentials()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync(new Uri($"http://127.0.0.1:{sandbox.Server.Port}/__sandbox/state"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var state = await SandboxHarness.ReadJsonAsync(response);
        Assert.That(state["appSoftware"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_server_listens_on_loopback_under_marketplace()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        Assert.That(sandbox.Server.BaseUrl.ToString(), Is.EqualTo($"http://127.0.0.1:{sandbox.Server.Port}/marketplace"));
        Assert.That(sandbox.Server.Port, Is.GreaterThan(0));
    }
}
