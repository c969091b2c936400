using Marketplace.Release.Api;
using Marketplace.Release.Approval;
using Marketplace.Release.Failures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Tests.Approval;

/// <summary>
/// <c>--wait-for-approval</c> as a unit against the sandbox's review policy, on a fake clock shared by the sandbox and
/// the wait: the clock moves only once the wait is parked on its timer between two looks, so a test of minutes takes
/// milliseconds.
/// </summary>
[TestFixture]
internal sealed class ApprovalWaiterTests
{
    private const long Build = 100400000;
    private readonly List<string> progress = [];
    private int looks;

    [SetUp]
    public void SetUp()
    {
        progress.Clear();
        looks = 0;
    }

    [Test]
    public async Task An_approval_after_thirty_seconds_ends_the_wait_soon_after()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Approved, TimeSpan.FromSeconds(30)), "SUBMITTED");
        var started = sandbox.Time.GetUtcNow();

        var approved = await RunAsync(sandbox, Waiter(sandbox).WaitAsync("version 1.4.0", TimeSpan.FromMinutes(10), CancellationToken.None));

        Assert.That(approved.Verdict, Is.EqualTo(ApprovalVerdict.Approved));
        Assert.That(sandbox.Time.GetUtcNow() - started, Is.InRange(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(40)));
        Assert.That(progress, Is.Not.Empty.And.All.Contain("waiting for approval of version 1.4.0: SUBMITTED"));
        Assert.That(sandbox.Server.Requests.All(r => r.Method == "GET"), Is.True, "the wait only reads");
    }

    [Test]
    public async Task A_rejection_fails_with_exit_4_and_the_reason_in_the_line()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Rejected, TimeSpan.FromMinutes(2), "Screenshots show another app"), "SUBMITTED");

        var failure = await FailureOf(sandbox, Waiter(sandbox).WaitAsync("version 1.4.0", TimeSpan.FromMinutes(10), CancellationToken.None));

        Assert.That(failure.ExitCode, Is.EqualTo(ExitCodes.Refused));
        Assert.That(failure.Line, Does.Contain("the Marketplace rejected version 1.4.0: Screenshots show another app").And.Contain("MKPLHELP-"));
        Assert.That(failure.MarketplaceText, Is.EqualTo("Screenshots show another app"));
    }

    [Test]
    public async Task A_review_that_never_ends_times_out_as_pending_within_the_look_budget()
    {
        await using var sandbox = await StartAsync(new SeedApproval(ApprovalOutcome.Pending, TimeSpan.Zero), "SUBMITTED");
        var started = sandbox.Time.GetUtcNow();

        var failure = await FailureOf(sandbox, Waiter(sandbox).WaitAsync("version 1.4.0", TimeSpan.FromMinutes(10), CancellationToken.None));

        Assert.That(failure.ExitCode, Is.EqualTo(ExitCodes.Pending));
        Assert.That(failure.Line, Does.Contain("still waiting for the Marketplace's approval after 10 min").And.Contain("(SUBMITTED)").And.Contain("re-run"));
        Assert.That(looks, Is.InRange(20, 40), "the artifact wait's schedule: at most 40 looks in 10 minutes");
        Assert.That(sandbox.Time.GetUtcNow() - started, Is.InRange(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10.5)));
    }

    [Test]
    public async Task An_uninitiated_public_listing_is_auto_approved_at_the_first_look()
    {
        await using var sandbox = await StartAsync(null, "UNINITIATED");

        var approved = await RunAsync(sandbox, Waiter(sandbox).WaitAsync("version 1.4.0", TimeSpan.FromMinutes(10), CancellationToken.None));

        Assert.That(approved.Verdict, Is.EqualTo(ApprovalVerdict.AutoApproved));
        Assert.That(looks, Is.EqualTo(1));
    }

    private static async Task<SandboxedClient> StartAsync(SeedApproval? approval, string approvalStatus) =>
        await SandboxedClient.StartAsync(seed =>
        {
            seed.Approval = approval;
            SandboxedClient.AddVersion(seed, $$$"""
                {"buildNumber": {{{Build}}}, "versionNumber": "1.4.0", "state": "submitted",
                 "compatibilities": [{"parentSoftwareId": "jira", "minBuildNumber": 9120000, "maxBuildNumber": 10030003}],
                 "supportedPaymentModel": "paid-via-atlassian",
                 "frameworkDetails": {"frameworkId": "plugin", "attributes": {"artifactId": "{{{SandboxedClient.SeededArtifactId}}}", "pluginFrameworkType": "P2"}},
                 "supported": true, "beta": false,
                 "acceptedAgreements": [{"agreementUrl": "https://www.atlassian.com/licensing/marketplace/partneragreement"}]}
                """, $$$"""{"state": "PUBLIC", "approvalStatus": "{{{approvalStatus}}}", "moreDetails": "Timesheets."}""");
        }, realClientClock: true);

    private ApprovalWaiter Waiter(SandboxedClient sandbox)
    {
        var client = sandbox.Client;
        return new ApprovalWaiter(
            async token =>
            {
                looks++;
                return ApprovalSnapshot.From(
                    await client.GetListingAsync(SandboxedClient.DataCenterId, Build, token),
                    await client.GetVersionAsync(SandboxedClient.DataCenterId, Build, token));
            },
            sandbox.Time,
            TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(60),
            TimeSpan.FromSeconds(10),
            progress.Add);
    }

    /// <summary>
    /// Each time the wait parks on its timer between two looks, moves the fake clock to that timer's due time, until
    /// the wait ends (bounded). The client is on the real clock, so the wait's timers are the only ones on the fake one.
    /// </summary>
    private static async Task<T> RunAsync<T>(SandboxedClient sandbox, Task<T> task)
    {
        using var ended = new CancellationTokenSource();
        for (var i = 0; !task.IsCompleted && i < 10_000; i++)
        {
            var timer = sandbox.Time.WaitForTimerAsync(dueTime => dueTime > TimeSpan.Zero, ended.Token);
            if (await Task.WhenAny(task, timer) == task)
            {
                break;
            }

            sandbox.Time.Advance(await timer);
        }

        await ended.CancelAsync();

        Assert.That(task.IsCompleted, Is.True, "the wait did not end");
        return await task;
    }

    private async Task<ReleaseFailure> FailureOf<T>(SandboxedClient sandbox, Task<T> task)
    {
        try
        {
            await RunAsync(sandbox, task);
        }
        catch (ReleaseFailedException failed)
        {
            return failed.Failure;
        }

        Assert.Fail("the wait was expected to fail");
        throw new InvalidOperationException();
    }
}
