namespace Marketplace.Sandbox.Tests.Http;

/// <summary>
/// <see cref="SandboxServer.WaitForRequestsAsync"/>: a request is logged when the server is done with it, which for a
/// dropped connection can be after the client saw the drop; the wait completes on the recorder's signal, not on time.
/// </summary>
public sealed class RequestLogSignalTests
{
    private const string LookupPath = "rest/3/app-software/app-key/com.example.timesheets";

    [Test]
    public async Task A_wait_for_a_dropped_request_completes_once_it_is_logged()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "GET", Path = "/rest/3/app-software/app-key/*", Kind = FaultKind.Drop });
        var logged = sandbox.Server.WaitForRequestsAsync(requests => requests.Any(request => request.Fault is not null));

        Assert.That(logged.IsCompleted, Is.False, "nothing is logged yet");
        Assert.That(async () => await sandbox.Client.GetAsync(LookupPath), Throws.InstanceOf<HttpRequestException>());
        var requests = await logged.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(requests.Single().StatusCode, Is.Zero);
        Assert.That(requests.Single().Fault, Does.StartWith("drop"));
    }

    [Test]
    public async Task A_wait_already_satisfied_completes_at_once_with_the_log()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var response = await sandbox.Client.GetAsync(LookupPath);
        await sandbox.RequestsWhenLoggedAsync(1);

        var again = sandbox.Server.WaitForRequestsAsync(requests => requests.Count == 1);

        Assert.That(again.IsCompletedSuccessfully, Is.True);
        Assert.That((await again).Single().StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task A_wait_that_is_never_satisfied_ends_with_its_cancellation()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var cancel = new CancellationTokenSource();

        var never = sandbox.Server.WaitForRequestsAsync(requests => requests.Count > 5, cancel.Token);
        using var response = await sandbox.Client.GetAsync(LookupPath);
        await cancel.CancelAsync();

        Assert.That(async () => await never, Throws.InstanceOf<OperationCanceledException>());
    }
}
