using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Sandbox.Tests.Http;

/// <summary>
/// Issue 22: <see cref="SandboxOptions.Latency"/> holds every API answer for a real delay (the round trips of a
/// far-away Marketplace, for <c>bench/roundtrips.sh</c>), whatever the sandbox's clock does; admin requests are not
/// held. The lower bound is certain (the answer cannot come sooner); no test waits on a clock of its own.
/// </summary>
[TestFixture]
internal sealed class LatencyTests
{
    [Test]
    public async Task An_api_answer_comes_no_sooner_than_the_latency_although_the_sandbox_clock_stands_still()
    {
        var latency = TimeSpan.FromMilliseconds(400);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Latency = latency, TimeProvider = new FakeTimeProvider() });
        using var client = Client(server, TimeSpan.FromSeconds(30));

        var started = Stopwatch.GetTimestamp();
        using var answer = await client.GetAsync("rest/3/app-software/app-key/com.example.timesheets");
        var elapsed = Stopwatch.GetElapsedTime(started);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(latency));
        Assert.That(server.Requests, Has.Count.EqualTo(1), "the held request is logged once, as any other");
    }

    [Test]
    public async Task Admin_requests_are_not_held()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Latency = TimeSpan.FromHours(1) });
        using var client = Client(server, TimeSpan.FromSeconds(20));

        using var answer = await client.GetAsync(new Uri(server.BaseUrl, "/__sandbox/state"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("100ms", 100)]
    [TestCase("0.25s", 250)]
    [TestCase("1", 1000)]
    public void A_latency_is_written_as_the_seed_writes_durations(string text, int milliseconds) =>
        Assert.That(SandboxOptions.ParseLatency(text), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));

    [Test]
    public void A_latency_that_is_no_duration_is_refused() =>
        Assert.That(() => SandboxOptions.ParseLatency("soon"), Throws.InstanceOf<FormatException>().With.Message.Contain("--latency"));

    private static HttpClient Client(SandboxServer server, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/"), Timeout = timeout };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{SandboxHarness.User}:{SandboxHarness.Token}")));
        return client;
    }
}
