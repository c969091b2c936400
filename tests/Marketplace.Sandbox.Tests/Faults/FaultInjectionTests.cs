using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Faults;

public sealed class FaultInjectionTests
{
    private const string LookupPath = "rest/3/app-software/app-key/com.example.timesheets";

    [Test]
    public async Task A_status_fault_answers_its_code_and_Retry_After_for_the_given_number_of_times()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/rest/3/app-software/app-key/*", StatusCode = 503, RetryAfter = "2", Times = 2 });

        using var first = await sandbox.Client.GetAsync(LookupPath);
        using var second = await sandbox.Client.GetAsync(LookupPath);
        using var third = await sandbox.Client.GetAsync(LookupPath);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(first.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var recorded = await sandbox.RequestsWhenLoggedAsync(3);
        Assert.That(recorded.Select(request => request.StatusCode), Is.EqualTo(new[] { 503, 503, 200 }));
        Assert.That(recorded[0].Fault, Does.StartWith("status 503"));
        Assert.That(recorded[2].Fault, Is.Null);
    }

    [Test]
    public async Task After_lets_the_first_matches_through_and_Retry_After_may_be_an_HTTP_date_and_a_body_text()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Path = "/marketplace/rest/3/app-software/**", StatusCode = 429, RetryAfter = "Wed, 21 Oct 2037 07:28:00 GMT", Body = "slow down", After = 1 });

        using var first = await sandbox.Client.GetAsync(LookupPath);
        using var second = await sandbox.Client.GetAsync(LookupPath);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Headers.RetryAfter?.Date, Is.EqualTo(new DateTimeOffset(2037, 10, 21, 7, 28, 0, TimeSpan.Zero)));
        Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo("slow down"));
    }

    [Test]
    public async Task Times_zero_hits_every_match_until_cleared()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Path = "/rest/3/app-software/app-key/*", StatusCode = 502, Times = 0 });

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await sandbox.Client.GetAsync(LookupPath);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        }

        sandbox.Server.Faults.Clear();
        using var cleared = await sandbox.Client.GetAsync(LookupPath);
        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_delay_fault_holds_the_answer_then_handles_the_request()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Path = "/rest/3/app-software/app-key/*", Kind = FaultKind.Delay, Delay = TimeSpan.FromMilliseconds(400) });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        using var response = await sandbox.Client.GetAsync(LookupPath);

        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(350)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await sandbox.RequestsWhenLoggedAsync(1)).Single().Fault, Does.StartWith("delay"));
    }

    [Test]
    public async Task A_drop_fault_aborts_the_connection_without_performing_the_request()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/artifacts", Kind = FaultKind.Drop });

        Assert.That(async () => await sandbox.UploadArtifactAsync(TestFiles.PluginJar("k", "1"), "app.jar"), Throws.InstanceOf<HttpRequestException>());
        var requests = await sandbox.RequestsWhenLoggedAsync(1);
        Assert.That(sandbox.Server.State.ArtifactUploadCount, Is.Zero);
        Assert.That(requests.Single().StatusCode, Is.Zero);
        Assert.That(requests.Single().Fault, Does.StartWith("drop"));
    }

    [Test]
    public async Task PerformThenDrop_changes_the_state_but_the_client_sees_no_answer()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var artifactId = await sandbox.UploadPluginAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/app-software/*/versions", Kind = FaultKind.PerformThenDrop });
        var versions = $"rest/3/app-software/{SandboxHarness.DataCenterId}/versions";

        Assert.That(async () => await sandbox.PostJsonAsync(versions, SandboxHarness.PluginVersion(artifactId)), Throws.InstanceOf<HttpRequestException>());
        using var retry = await sandbox.PostJsonAsync(versions, SandboxHarness.PluginVersion(artifactId));

        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, 100400000), Is.Not.Null);
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the version exists although the client never saw the 201");
        // The dropped request is recorded when the server is done with it, possibly after the retry's answer: wait for
        // both to be in the log (the recorder's signal, not time).
        var dropped = (await sandbox.RequestsWhenLoggedAsync(2)).Single(request => request.Fault is not null);
        Assert.That(dropped.StatusCode, Is.Zero);
        Assert.That(dropped.Fault, Does.Contain("performThenDrop").And.Contain("performed: 201"));
    }

    [Test]
    public async Task PerformThenStatus_changes_the_state_and_answers_the_fault_status()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/artifacts", Kind = FaultKind.PerformThenStatus });

        using var response = await sandbox.UploadArtifactAsync(TestFiles.PluginJar("k", "1"), "app.jar");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(response.Headers.Location, Is.Null);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("fileInfo"));
        Assert.That(sandbox.Server.State.ArtifactUploadCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Faults_can_be_added_listed_and_cleared_through_the_admin_endpoints()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var admin = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{sandbox.Server.Port}/") };
        var rule = new JsonObject { ["method"] = "GET", ["path"] = "/rest/3/app-software/app-key/*", ["kind"] = "status", ["status"] = 504, ["retryAfter"] = 1 };

        using var added = await admin.PostAsync("__sandbox/faults", new StringContent(rule.ToJsonString(), Encoding.UTF8, "application/json"));
        using var faulted = await sandbox.Client.GetAsync(LookupPath);
        using var log = await admin.GetAsync("__sandbox/requests");
        using var invalid = await admin.PostAsync("__sandbox/faults", new StringContent("""{"path":"/x","kind":"explode"}""", Encoding.UTF8, "application/json"));
        using var cleared = await admin.DeleteAsync("__sandbox/faults");

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(faulted.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        var entries = (await SandboxHarness.ReadJsonAsync(log)).AsArray();
        Assert.That(entries.Single()!["status"]!.GetValue<int>(), Is.EqualTo(504));
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(sandbox.Server.Faults.Rules, Is.Empty);
    }

    [Test]
    public async Task Seeded_faults_apply_from_the_start()
    {
        var seed = SandboxSeed.FromYaml("""
            users: [{email: sandbox@example.com, token: sandbox-token}]
            faults:
              - {method: GET, path: /rest/3/parent-software/**, kind: status, status: 500}
            """);
        await using var sandbox = await SandboxHarness.StartAsync(seed: seed);

        using var response = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions/number/10.3.0");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
    }

    [Test]
    public async Task Faults_apply_before_authentication()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Path = "/rest/3/**", StatusCode = 503 });
        using var anonymous = sandbox.CreateClient(null, null);

        using var response = await anonymous.GetAsync(LookupPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }
}
