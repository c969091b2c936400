using System.Text.Json.Nodes;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// End-to-end (issue 14): the example plus the three presence sections, published by the CLI to the sandbox. For each
/// section: the change is written once, a re-run sends no write, a lost answer followed by a re-run converges, and
/// <c>plan --detailed-exitcode</c> exits 8 while anything would change, then 0.
/// </summary>
[TestFixture]
internal sealed class PresenceCommandTests
{
    private const string ProductId = "4d8e2f1a-3b5c-4a6d-9e7f-1a2b3c4d5e6f";
    private const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";
    private const string AppListingPath = "/rest/3/product-listing/" + ProductId;
    private const string MigrationPath = "/rest/3/cloud-migration-compatibility/products/" + ProductId;
    private const string PrivacyPath = "/rest/3/privacy-and-security/products/" + ProductId;

    private const string Sections = """

        appListing:
          summary: Timesheets your whole team fills in.
          tagline: Track time where you work
          tags: {categories: [time-tracking, reports], keywords: [timesheet]}
          icon: {image: docs/icon.png}
          links: {supportTicketSystem: https://example.com/timesheets/support}
        cloudMigration:
          assistantCompatibility: ${VERSION:-1.4.0}
          migrationPath: automated
          migrationDocumentation: https://example.com/timesheets/migrate
        privacySecurity:
          file: privacy-and-security.yml
          publish: PUBLISH
        """;

    private const string PrivacyFile = """
        logDetails:
          logEndUserData: true
          logsIntegralForAppFunctionality: false
        dataResidency:
          countriesWhereEndUserDataStored: [US, EU]
        """;

    private static readonly JsonObject PrivacyAnswers = new()
    {
        ["logDetails"] = new JsonObject { ["logEndUserData"] = true, ["logsIntegralForAppFunctionality"] = false },
        ["dataResidency"] = new JsonObject { ["countriesWhereEndUserDataStored"] = new JsonArray("US", "EU") },
    };

    private static readonly Dictionary<string, string?> DeveloperSpace = new() { ["MARKETPLACE_DEVELOPER_ID"] = DeveloperId };

    private SandboxHost sandbox = null!;
    private WorkspaceBuilder workspace = null!;

    [TearDown]
    public async Task TearDown()
    {
        workspace?.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }

    [Test]
    public async Task Each_section_is_written_once_and_a_rerun_sends_no_write()
    {
        await StartAsync();

        var first = await RunAsync("publish");
        var firstRequests = sandbox.Server.Requests.Count;
        var rerun = await RunAsync("publish");

        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        AssertConverged();
        Assert.Multiple(() =>
        {
            Assert.That(Writes(sandbox.Server.Requests, "PUT", AppListingPath), Is.EqualTo(1));
            Assert.That(Writes(sandbox.Server.Requests, "POST", "/rest/3/assets/images/icon"), Is.EqualTo(1));
            Assert.That(Writes(sandbox.Server.Requests, "PATCH", MigrationPath), Is.EqualTo(1));
            Assert.That(Writes(sandbox.Server.Requests, "PUT", PrivacyPath), Is.EqualTo(1));
            Assert.That(Writes(sandbox.Server.Requests, "POST", PrivacyPath + "/publish"), Is.EqualTo(1));
            Assert.That(first.Result!.Steps.Select(s => s.Name), Is.SupersetOf(new[] { "resolve-product", "app-listing", "cloud-migration", "privacy-security" }));
            Assert.That(first.Result.Changes, Does.Contain("change appListing.summary: 'Track time where you work.' → 'Timesheets your whole team fills in.'"));
        });

        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged), rerun.ToString());
        Assert.That(sandbox.Server.Requests.Skip(firstRequests).Where(IsWrite).Select(r => $"{r.Method} {r.PathAndQuery}"), Is.Empty, "the re-run sent a write");
        Assert.That(rerun.Result.Steps.Where(s => s.Name is "app-listing" or "cloud-migration" or "privacy-security").Select(s => s.Outcome), Has.All.EqualTo(StepEnding.Skipped));
    }

    [Test]
    public async Task Plan_lists_each_difference_and_with_detailed_exitcode_exits_8_then_0()
    {
        await StartAsync();

        var plain = await RunAsync("plan");
        var before = await RunAsync("plan", "--detailed-exitcode");
        var planned = sandbox.Server.Requests.Count(IsWrite);
        await RunAsync("publish");
        var after = await RunAsync("plan", "--detailed-exitcode");

        Assert.That(plain.ExitCode, Is.Zero, "without --detailed-exitcode a plan with changes is a success\n" + plain);
        Assert.That(before.ExitCode, Is.EqualTo(8), before.ToString());
        Assert.That(planned, Is.Zero, "plan sent a write");
        Assert.Multiple(() =>
        {
            Assert.That(before.Out, Does.Contain("would change appListing.summary: 'Track time where you work.' → 'Timesheets your whole team fills in.'"));
            Assert.That(before.Out, Does.Contain("would change appListing.tags.categories: [time-tracking] → [time-tracking, reports]"));
            Assert.That(before.Out, Does.Contain("would change appListing.icon: (none) → upload docs/icon.png"));
            Assert.That(before.Out, Does.Contain("would change cloudMigration.migrationPath: 'UNKNOWN' → 'AUTOMATED'"));
            Assert.That(before.Out, Does.Contain("would change privacySecurity.commonCloud.logDetails.logEndUserData: (none) → true"));
            Assert.That(before.Result!.Status, Is.EqualTo(ReleaseStatus.Planned));
            Assert.That(before.Result.ExitCode, Is.EqualTo(8));
        });
        Assert.That(after.ExitCode, Is.Zero, after.ToString());
        Assert.That(after.Result!.Changes, Is.Empty);
    }

    [TestCase("PUT", AppListingPath, TestName = "A lost answer to the app listing PUT converges")]
    [TestCase("PATCH", MigrationPath, TestName = "A lost answer to the migration PATCH converges")]
    [TestCase("PUT", MigrationPath, TestName = "A lost answer to the migration PUT (create) converges")]
    [TestCase("PUT", PrivacyPath, TestName = "A lost answer to the privacy draft PUT converges")]
    [TestCase("POST", PrivacyPath + "/publish", TestName = "A lost answer to the privacy publish converges")]
    public async Task A_lost_answer_then_a_rerun_converges(string method, string path)
    {
        await StartAsync(seed =>
        {
            if (method == "PUT" && path == MigrationPath)
            {
                seed.Apps[0].CloudMigration = null;
            }
        });
        sandbox.Server.Faults.Add(new FaultRule { Method = method, Path = path, Kind = FaultKind.PerformThenDrop });

        var first = await RunAsync("publish");
        var rerun = first.ExitCode == 0 ? first : await RunAsync("publish");
        // A dropped request is logged when the sandbox sees its connection end, which may be after the client has
        // moved on: wait for it, so that it is not counted as a request of the run after convergence.
        using (var logged = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await sandbox.Server.WaitForRequestsAsync(requests => requests.Any(r => r.Fault is not null), logged.Token);
        }

        var settled = sandbox.Server.Requests.Count;
        var third = await RunAsync("publish");

        Assert.That(sandbox.Server.Requests.Count(r => r.Fault is not null), Is.EqualTo(1), "the fault was not hit: the case tests nothing");
        Assert.That(rerun.ExitCode, Is.Zero, $"{first}\n{rerun}");
        AssertConverged();
        Assert.That(Writes(sandbox.Server.Requests, method, path), Is.EqualTo(1), "the lost write was sent again although it had been performed");
        Assert.That(sandbox.Server.Requests.Skip(settled).Where(IsWrite), Is.Empty, "a run after convergence sent a write");
        Assert.That(third.ExitCode, Is.Zero);
    }

    [Test]
    public async Task A_revision_race_on_the_listing_put_is_read_again_and_tried_once_more()
    {
        await StartAsync();
        sandbox.Server.Faults.Add(RevisionMismatch(times: 1));

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Writes(sandbox.Server.Requests, "PUT", AppListingPath), Is.EqualTo(2));
        Assert.That(run.Out, Does.Contain("reading it again"));
        AssertConverged();
    }

    [Test]
    public async Task Someone_saving_the_listing_between_our_read_and_our_put_keeps_their_change()
    {
        var raced = 0;
        await StartAsync(onRequest: async (request, aborted) =>
        {
            if (request.Phase == SandboxRequestPhase.Received && request.Method == "PUT"
                && request.PathAndQuery.StartsWith("/marketplace" + AppListingPath, StringComparison.Ordinal)
                && Interlocked.Exchange(ref raced, 1) == 0)
            {
                await SaveCommunityEnabledAsOtherUserAsync(aborted);
            }
        });

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("reading it again"));
        Assert.That(Writes(sandbox.Server.Requests, "PUT", AppListingPath), Is.EqualTo(3), "ours, the other user's, ours again");
        Assert.That(sandbox.State.Presence.AppListing(ProductId)!["communityEnabled"]!.GetValue<bool>(), Is.True, "the other user's change was overwritten");
        AssertConverged();
    }

    [Test]
    public async Task A_second_revision_race_fails_the_app_listing_step_with_exit_4()
    {
        await StartAsync();
        sandbox.Server.Faults.Add(RevisionMismatch(times: 2));

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(Writes(sandbox.Server.Requests, "PUT", AppListingPath), Is.EqualTo(2), "one retry, not more");
        Assert.That(run.Result!.Error, Does.Contain("app-listing"));
        Assert.That(run.Result.Steps.Single(s => s.Name == "app-listing").Outcome, Is.EqualTo(StepEnding.Failed));
    }

    [Test]
    public async Task A_product_without_a_migration_record_gets_one_by_put()
    {
        await StartAsync(seed => seed.Apps[0].CloudMigration = null);

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Writes(sandbox.Server.Requests, "PUT", MigrationPath), Is.EqualTo(1));
        Assert.That(Writes(sandbox.Server.Requests, "PATCH", MigrationPath), Is.Zero);
        var record = sandbox.State.Presence.Migration(ProductId)!;
        Assert.That(record["developerId"]!.GetValue<string>(), Is.EqualTo(DeveloperId));
        Assert.That(record["addonName"]!.GetValue<string>(), Is.EqualTo("Timesheets for Jira"));
        AssertConverged();
    }

    [Test]
    public async Task A_migration_record_created_in_the_run_that_renames_the_app_takes_the_new_name()
    {
        await StartAsync(seed => seed.Apps[0].CloudMigration = null);
        File.WriteAllText(workspace.ManifestPath, File.ReadAllText(workspace.ManifestPath)
            .Replace("appListing:\n", "appListing:\n  name: Timesheets Pro for Jira\n", StringComparison.Ordinal));

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(sandbox.State.Presence.AppListing(ProductId)!["appName"]!.GetValue<string>(), Is.EqualTo("Timesheets Pro for Jira"));
        Assert.That(sandbox.State.Presence.Migration(ProductId)!["addonName"]!.GetValue<string>(), Is.EqualTo("Timesheets Pro for Jira"), "the record was created with the old name");
    }

    [Test]
    public async Task An_existing_draft_equal_to_the_file_is_published_not_sent_again()
    {
        await StartAsync(seed => seed.Apps[0].PrivacySecurityDraft = new JsonObject { ["commonCloud"] = PrivacyAnswers.DeepClone() });

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(Writes(sandbox.Server.Requests, "PUT", PrivacyPath), Is.Zero);
        Assert.That(Writes(sandbox.Server.Requests, "POST", PrivacyPath + "/publish"), Is.EqualTo(1));
        AssertConverged();
    }

    [Test]
    public async Task Publish_false_writes_the_draft_and_leaves_it_unpublished()
    {
        await StartAsync(publish: false);

        var run = await RunAsync("publish");
        var settled = sandbox.Server.Requests.Count;
        var rerun = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(JsonNode.DeepEquals(sandbox.State.Presence.PrivacySecurityDraft(ProductId)?["commonCloud"], PrivacyAnswers), Is.True);
        Assert.That(sandbox.State.Presence.PrivacySecurityLive(ProductId), Is.Null);
        Assert.That(sandbox.State.Presence.PrivacySecurityPublishCount(ProductId), Is.Zero);
        Assert.That(rerun.ExitCode, Is.Zero, rerun.ToString());
        Assert.That(sandbox.Server.Requests.Skip(settled).Where(IsWrite), Is.Empty, "the re-run wrote the draft again");
    }

    [Test]
    public async Task A_refused_write_names_its_section_and_exits_4()
    {
        await StartAsync();
        sandbox.Server.Faults.Add(new FaultRule { Method = "PATCH", Path = MigrationPath, StatusCode = 400, Times = 0 });

        var run = await RunAsync("publish");

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(run.Result!.Error, Does.Contain("cloud-migration"));
        Assert.That(run.Result.Steps.Single(s => s.Name == "cloud-migration").Outcome, Is.EqualTo(StepEnding.Failed));
    }

    [Test]
    public async Task A_developer_space_without_the_app_stops_before_any_write()
    {
        await StartAsync();

        var run = await CliRunner.RunAsync(sandbox, workspace, ["publish"], new Dictionary<string, string?> { ["MARKETPLACE_DEVELOPER_ID"] = "9f9f9f9f-0000-4000-8000-000000000000" });

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(run.Result!.Error, Does.Contain("9f9f9f9f-0000-4000-8000-000000000000").And.Contain("com.example.timesheets"));
        Assert.That(sandbox.Server.Requests.Where(IsWrite), Is.Empty);
    }

    private async Task StartAsync(Action<SandboxSeed>? configure = null, bool publish = true, Func<SandboxRequestEvent, CancellationToken, Task>? onRequest = null)
    {
        sandbox = await SandboxHost.StartAsync(configure, onRequest);
        workspace = WorkspaceBuilder.Create().WithExample()
            .WithPng("docs/icon.png", 16, 16)
            .WithFile("privacy-and-security.yml", PrivacyFile);
        File.AppendAllText(workspace.ManifestPath, Sections.Replace("PUBLISH", publish ? "true" : "false", StringComparison.Ordinal));
    }

    /// <summary>Another user saves the listing in the Marketplace (communityEnabled, which the manifest does not manage).</summary>
    private async Task SaveCommunityEnabledAsOtherUserAsync(CancellationToken cancellationToken)
    {
        using var other = new HttpClient { BaseAddress = new Uri(sandbox.Server.BaseUrl.ToString().TrimEnd('/') + "/") };
        other.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{SandboxHost.User}:{SandboxHost.Token}")));
        var listing = JsonNode.Parse(await other.GetStringAsync(AppListingPath.TrimStart('/'), cancellationToken))!.AsObject();
        listing["communityEnabled"] = true;
        foreach (var (_, tags) in listing["tags"]!.AsObject())
        {
            var ids = tags!.AsArray().Select(tag => (JsonNode?)JsonValue.Create(tag!["id"]!.GetValue<string>())).ToArray();
            tags.AsArray().Clear();
            foreach (var id in ids)
            {
                tags.AsArray().Add(id);
            }
        }

        // The other user's PUT is a valid one too: only the request schema's fields, no null member.
        var fields = Marketplace.Sandbox.Contract.MarketplaceContract.Properties("UpdateProductListingV3Request");
        foreach (var name in listing.Select(property => property.Key).Where(name => !fields.Contains(name)).ToList())
        {
            listing.Remove(name);
        }

        foreach (var name in listing["hostingVisibility"]?.AsObject().Where(property => property.Value is null).Select(property => property.Key).ToList() ?? [])
        {
            listing["hostingVisibility"]!.AsObject().Remove(name);
        }

        using var body = new StringContent(listing.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await other.PutAsync(AppListingPath.TrimStart('/'), body, cancellationToken);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRunner.RunAsync(sandbox, workspace, args, DeveloperSpace);

    private void AssertConverged()
    {
        var listing = sandbox.State.Presence.AppListing(ProductId)!;
        var migration = sandbox.State.Presence.Migration(ProductId)!;
        Assert.Multiple(() =>
        {
            Assert.That(listing["summary"]!.GetValue<string>(), Is.EqualTo("Timesheets your whole team fills in."));
            Assert.That(listing["tagLine"]!.GetValue<string>(), Is.EqualTo("Track time where you work"));
            Assert.That(listing["tags"]!["category"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()), Is.EquivalentTo(new[] { "time-tracking", "reports" }));
            Assert.That(listing["images"]!["iconFileId"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(listing["developerLinks"]!["supportTicketSystem"]!.GetValue<string>(), Is.EqualTo("https://example.com/timesheets/support"));
            Assert.That(listing["developerLinks"]!["issueTracker"]!.GetValue<string>(), Is.EqualTo("https://example.com/timesheets/issues"), "a link the manifest leaves out is kept");
            Assert.That(migration["migrationPath"]!.GetValue<string>(), Is.EqualTo("AUTOMATED"));
            Assert.That(migration["cloudMigrationAssistantCompatibility"]!.GetValue<string>(), Is.EqualTo("1.4.0"));
            Assert.That(migration["migrationDocumentation"]!.GetValue<string>(), Is.EqualTo("https://example.com/timesheets/migrate"));
            Assert.That(JsonNode.DeepEquals(sandbox.State.Presence.PrivacySecurityLive(ProductId)?["commonCloud"], PrivacyAnswers), Is.True, "live privacy answers");
            Assert.That(sandbox.State.Presence.PrivacySecurityDraft(ProductId), Is.Null, "a draft is left");
            Assert.That(sandbox.State.Presence.PrivacySecurityPublishCount(ProductId), Is.EqualTo(1));
        });
    }

    /// <summary>The answer to a PUT whose revision someone else's save made stale (docs/marketplace-api.md § Version listing: 400 VALIDATION_FAIL "Revision mismatch").</summary>
    private static FaultRule RevisionMismatch(int times) => new()
    {
        Method = "PUT",
        Path = AppListingPath,
        StatusCode = 400,
        Times = times,
        Body = """{"errors":[{"status":400,"code":"VALIDATION_FAIL","title":"Revision mismatch","detail":"The current revision is 2"}]}""",
    };

    private static bool IsWrite(RecordedRequest request) => request.Method is "POST" or "PUT" or "PATCH" or "DELETE";

    private static int Writes(IEnumerable<RecordedRequest> requests, string method, string path) =>
        requests.Count(r => r.Method == method && r.PathAndQuery.Split('?')[0] == "/marketplace" + path);
}
