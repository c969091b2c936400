using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Tests.Commands;

/// <summary>
/// docs/marketplace-api.md § Existing versions, end to end: a released version follows a new host release by one version PUT (status updated), plan shows
/// that PUT, any other difference stays a conflict, a stale revision is read again, and <c>max: latest</c> resolves to
/// the newest active product version.
/// </summary>
[TestFixture]
internal sealed class ExistingVersionTests
{
    private const long Build = 100400000;
    private SandboxHost sandbox = null!;
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await SandboxHost.StartAsync();
        workspace = WorkspaceBuilder.Create().WithExample();
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task A_new_maximum_for_a_released_version_is_one_put_and_status_updated()
    {
        await PublishedAsync();
        SetMax("10.4.1");
        var before = sandbox.Server.Requests.Count;

        var run = await Run("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Updated));
        Assert.That(run.Result.Changes, Has.One.Contains("compatibility jira 9.12.0–10.3.3 → 9.12.0–10.4.1"));
        Assert.That(run.Out, Does.Contain("✔ updated com.example.timesheets 1.4.0 in place"));
        var sent = sandbox.Server.Requests.Skip(before).Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.PathAndQuery}");
        Assert.That(sent, Is.EqualTo(new[] { $"PUT /marketplace/rest/3/app-software/{sandbox.AppSoftwareId}/versions/{Build}" }));
        Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, Build)!.Compatibilities.Single().MaxBuildNumber, Is.EqualTo(10040001));
        Assert.That(sandbox.State.Versions(sandbox.AppSoftwareId), Has.Count.EqualTo(2), "the seeded one and this one");
        Assert.That(run.Result.Steps.Single(s => s.Name == StepNames.UpdateVersion).Outcome, Is.EqualTo(StepEnding.Done));
        Assert.That(run.Result.Steps.Single(s => s.Name == StepNames.Verify).Outcome, Is.EqualTo(StepEnding.Done));

        var again = await Run("publish");
        Assert.That(again.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged), again.ToString());
    }

    [Test]
    public async Task Plan_shows_the_put_it_would_send_and_sends_nothing()
    {
        await PublishedAsync();
        SetMax("10.4.1");
        var mutations = sandbox.Mutations.Count;

        var run = await Run("plan");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Planned));
        Assert.That(run.Out, Does.Contain($"would PUT /rest/3/app-software/{sandbox.AppSoftwareId}/versions/{Build} with compatibility jira 9.12.0–10.3.3 → 9.12.0–10.4.1"));
        Assert.That(run.Result.Changes, Is.EqualTo(new[] { $"update version 1.4.0 (build {Build}): compatibility jira 9.12.0–10.3.3 → 9.12.0–10.4.1" }));
        Assert.That(sandbox.Mutations, Has.Count.EqualTo(mutations));
    }

    [Test]
    public async Task Any_other_difference_stays_a_conflict_and_nothing_is_sent()
    {
        await PublishedAsync();
        SetMax("10.4.1");
        Replace("paymentModel: paid-via-atlassian", "paymentModel: free");
        var mutations = sandbox.Mutations.Count;

        var run = await Run("publish");

        Assert.That(run.ExitCode, Is.EqualTo(7), run.ToString());
        Assert.That(run.Result!.Error, Does.Contain("paymentModel").And.Contain("only compatibility, supported, beta, releaseSummary and releaseNotes can be updated"));
        Assert.That(sandbox.Mutations, Has.Count.EqualTo(mutations));
    }

    [Test]
    public async Task A_stale_revision_is_read_again_and_sent_once_more()
    {
        await PublishedAsync();
        SetMax("10.4.1");
        sandbox.Server.Faults.Add(new FaultRule
        {
            Method = "PUT",
            Path = "/rest/3/app-software/*/versions/*",
            StatusCode = 400,
            Body = """{"errors":[{"status":"400","code":"REVISION_MISMATCH","title":"Revision mismatch","detail":"GET the version again"}]}""",
        });

        var run = await Run("publish");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Updated));
        Assert.That(run.Out, Does.Contain("revision mismatch"));
        var versionPath = $"/marketplace/rest/3/app-software/{sandbox.AppSoftwareId}/versions/{Build}";
        Assert.That(sandbox.Server.Requests.Count(r => r.Method == "PUT" && r.PathAndQuery == versionPath), Is.EqualTo(2));
        Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, Build)!.Compatibilities.Single().MaxBuildNumber, Is.EqualTo(10040001));
    }

    [Test]
    public async Task Max_latest_is_the_newest_active_version_for_the_hosting_and_a_rerun_only_reads()
    {
        await PublishedAsync();
        SetMax("latest");

        var run = await Run("publish");
        var before = sandbox.Server.Requests.Count;
        var rerun = await Run("publish");

        // The default seed: jira 11.0.0 (datacenter) is newer but a draft; 10.4.1 is the newest active one.
        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Updated), run.ToString());
        Assert.That(run.Result.Changes, Has.One.Contains("9.12.0–10.3.3 → 9.12.0–10.4.1"));
        Assert.That(rerun.Result!.Status, Is.EqualTo(ReleaseStatus.Unchanged), rerun.ToString());
        Assert.That(sandbox.Server.Requests.Skip(before).Select(r => r.Method).Distinct(), Is.EqualTo(new[] { "GET" }));
        Assert.That(sandbox.RequestsTo("GET", "/rest/3/parent-software/jira/versions?"), Is.Not.Empty, "the list is read");
    }

    [Test]
    public async Task A_new_version_with_max_latest_is_created_with_it()
    {
        SetMax("latest");

        var run = await Run("publish");

        Assert.That(run.Result!.Status, Is.EqualTo(ReleaseStatus.Published), run.ToString());
        Assert.That(sandbox.State.Version(sandbox.AppSoftwareId, Build)!.Compatibilities.Single().MaxBuildNumber, Is.EqualTo(10040001));
        Assert.That(run.Result.Steps.Single(s => s.Name == StepNames.UpdateVersion).Outcome, Is.EqualTo(StepEnding.Skipped));
    }

    private async Task PublishedAsync()
    {
        var first = await Run("publish");
        Assert.That(first.Result?.Status, Is.EqualTo(ReleaseStatus.Published), first.ToString());
    }

    private void SetMax(string max) => Replace("      max: 10.3.3", $"      max: {max}");

    private void Replace(string from, string to)
    {
        var text = File.ReadAllText(workspace.ManifestPath);
        Assert.That(text, Does.Contain(from), "the example manifest changed; fix this test");
        File.WriteAllText(workspace.ManifestPath, text.Replace(from, to, StringComparison.Ordinal));
    }

    private Task<CliRun> Run(string command) => CliRunner.RunAsync(sandbox, workspace, [command]);
}
