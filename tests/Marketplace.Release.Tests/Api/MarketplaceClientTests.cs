using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Tests.Api;

/// <summary>
/// The client's resilience against the sandbox, on a fake clock: retry delays and Retry-After are observed by
/// advancing time, never by sleeping: the test advances the clock once the client is parked on its retry timer.
/// </summary>
[TestFixture]
internal sealed class MarketplaceClientTests
{
    private const string AppKey = "com.example.timesheets";
    private SandboxServer sandbox = null!;
    private static readonly MarketplaceClientOptions Options = new();
    private TimerSignallingTimeProvider time = null!;
    private MarketplaceClient client = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxServer.StartAsync(new SandboxOptions { Port = 0 });
        time = new TimerSignallingTimeProvider(DateTimeOffset.UtcNow);
        client = Client("sandbox@example.com", "sandbox-token");
    }

    [TearDown]
    public async Task TearDown()
    {
        client.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task A_429_is_retried_only_once_the_retry_after_seconds_have_passed()
    {
        sandbox.Faults.Add(new FaultRule { Method = "GET", Path = "/rest/3/app-software/app-key/*", StatusCode = 429, RetryAfter = "30" });

        var lookup = client.GetAppSoftwareAsync(AppKey, Hosting.DataCenter, CancellationToken.None);
        Assert.That(await WaitForRetryDelayAsync(1), Is.EqualTo(TimeSpan.FromSeconds(30)));
        time.Advance(TimeSpan.FromSeconds(29));
        // The only thing that can wake the client is its retry timer, which is not due yet: what holds now is final.
        Assert.That(lookup.IsCompleted, Is.False, "retried before Retry-After");
        Assert.That(sandbox.Requests, Has.Count.EqualTo(1), "retried before Retry-After");

        time.Advance(TimeSpan.FromSeconds(1));
        var software = await lookup.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(software, Has.Count.EqualTo(1));
        Assert.That(sandbox.Requests.Select(r => r.StatusCode), Is.EqualTo(new[] { 429, 200 }));
    }

    [Test]
    public async Task A_retry_after_http_date_is_honoured_against_the_clock()
    {
        var until = time.GetUtcNow().AddSeconds(20);
        sandbox.Faults.Add(new FaultRule { Method = "GET", Path = "/rest/3/app-software/app-key/*", StatusCode = 503, RetryAfter = until.ToString("R") });

        var lookup = client.GetAppSoftwareAsync(AppKey, Hosting.DataCenter, CancellationToken.None);
        await WaitForRetryDelayAsync(1);
        time.Advance(TimeSpan.FromSeconds(15));
        Assert.That(lookup.IsCompleted, Is.False, "retried before the Retry-After date");
        Assert.That(sandbox.Requests, Has.Count.EqualTo(1), "retried before the Retry-After date");

        time.Advance(TimeSpan.FromSeconds(6));
        Assert.That(await lookup.WaitAsync(TimeSpan.FromSeconds(10)), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Server_errors_are_retried_with_backoff_then_reported_as_transient()
    {
        sandbox.Faults.Add(new FaultRule { Method = "GET", Path = "/rest/3/app-software/app-key/*", StatusCode = 503, Times = 0 });

        var lookup = client.GetAppSoftwareAsync(AppKey, Hosting.DataCenter, CancellationToken.None);
        for (var retry = 1; retry <= Options.MaxRetries; retry++)
        {
            time.Advance(await WaitForRetryDelayAsync(retry));
        }

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => lookup.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.That(error!.Kind, Is.EqualTo(FailureKind.Transient));
        Assert.That(error.Status, Is.EqualTo(503));
        Assert.That(sandbox.Requests, Has.Count.EqualTo(1 + Options.MaxRetries));
    }

    [Test]
    public async Task Creates_are_never_retried_by_the_client()
    {
        sandbox.Faults.Add(new FaultRule { Method = "POST", Path = "/rest/3/app-software/*/versions", StatusCode = 503 });
        var appSoftwareId = (await client.GetAppSoftwareAsync(AppKey, Hosting.DataCenter, CancellationToken.None))![0].AppSoftwareId;

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => client.CreateVersionAsync(appSoftwareId, new()
        {
            BuildNumber = 1,
            VersionNumber = "0.0.1",
            Compatibilities = [],
            SupportedPaymentModel = PaymentModel.Free,
            FrameworkDetails = new(Framework.Plugin, null),
            Supported = true,
            Beta = false,
            AcceptedAgreements = [],
        }, CancellationToken.None));

        Assert.That(error!.OutcomeUnknown, Is.True);
        var logged = await sandbox.WaitForRequestsAsync(requests => requests.Any(r => r.Method == "POST")).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(logged.Count(r => r.Method == "POST"), Is.EqualTo(1));
    }

    [Test]
    public async Task Wrong_credentials_are_an_authentication_failure()
    {
        using var wrong = Client("sandbox@example.com", "nope");

        var error = Assert.ThrowsAsync<MarketplaceApiException>(() => wrong.GetAppSoftwareAsync(AppKey, Hosting.DataCenter, CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(FailureKind.Authentication));
        Assert.That(error.Status, Is.EqualTo(401));
        Assert.That(error.Message, Does.Not.Contain("nope"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task A_missing_resource_reads_as_null()
    {
        Assert.That(await client.GetAppSoftwareAsync("com.example.none", Hosting.DataCenter, CancellationToken.None), Is.Null);
        Assert.That(await client.GetParentSoftwareBuildNumberAsync("jira", "1.0.0", CancellationToken.None), Is.Null);
    }

    private MarketplaceClient Client(string user, string token) =>
        new(new MarketplaceConnection(sandbox.BaseUrl, user, token), Options, time);

    /// <summary>
    /// Waits until <paramref name="requests"/> requests are logged and the client is parked on the timer of its next
    /// retry; returns that timer's due time.
    /// </summary>
    private async Task<TimeSpan> WaitForRetryDelayAsync(int requests)
    {
        // The recorder's signal that the faulted request is logged (it is logged once the server is done with it).
        var logged = await sandbox.WaitForRequestsAsync(all => all.Count >= requests).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(logged, Has.Count.GreaterThanOrEqualTo(requests));
        // The resilience pipeline also starts timers for the attempt and request timeouts (created at their full length,
        // or infinite and armed later); a retry delay, Retry-After included, is the one timer shorter than an attempt.
        return await time.WaitForTimerAsync(dueTime => dueTime > TimeSpan.Zero && dueTime < Options.AttemptTimeout);
    }
}
