using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Reliability.Tests.Security;

/// <summary>
/// Item 4 of the reliability issue. Every CLI run of this project uses the recognisable token of <see cref="Secrets"/>
/// and is scanned after it ends (<see cref="InProcessCli.AssertNoSecrets"/>): stdout, stderr, the result file, the
/// GitHub summary and output files, the workspace's state file. These cases add the runs most likely to leak.
/// </summary>
[TestFixture]
internal sealed class SecretHygieneTests
{
    private TestSandbox sandbox = null!;
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        sandbox = await TestSandbox.StartAsync();
        // With the presence sections: their requests (developer space, app listing, migration, privacy) are logged too.
        workspace = WorkspaceBuilder.Create().WithExample().WithPresence();
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [TestCase("publish")]
    [TestCase("plan")]
    public async Task Debug_prints_every_request_with_the_authorization_redacted(string command)
    {
        var run = await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), [command, "--debug"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("http → GET " + sandbox.Server.BaseUrl + "/rest/3/app-software/app-key/"));
        Assert.That(run.Out, Does.Contain("Authorization: Basic ***"));
        Assert.That(run.Out, Does.Match(@"http ← 200 OK GET \S+/rest/3/app-software/app-key/"));
        // Each request also has an "http → body: …" line (docs/marketplace-api.md § Debug output); the request lines are the others.
        var requests = run.Out.Split('\n').Count(line => line.Contains("http → ", StringComparison.Ordinal) && !line.Contains("http → body:", StringComparison.Ordinal));
        Assert.That(run.Out, Does.Contain("http ← body: {"), "JSON response bodies are printed");
        Assert.That(run.Out.Contains("http → body: {", StringComparison.Ordinal), Is.EqualTo(command == "publish"), "JSON request bodies are printed (plan sends none)");
        Assert.That(requests, Is.EqualTo(sandbox.Server.Requests.Count), "one debug line per request the sandbox received");
        ReliabilityReport.Add("Secret hygiene", $"{command} --debug", $"{requests} request lines, Authorization shown as 'Basic ***'; no credential in any output", true);
    }

    [Test]
    public async Task Without_debug_no_http_lines_are_printed()
    {
        var run = await InProcessCli.PublishAsync(sandbox, workspace.Root);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Not.Contain("http → "));
    }

    [Test]
    public async Task Refused_credentials_with_debug_leak_nothing()
    {
        var environment = sandbox.Environment();
        environment["MARKETPLACE_USER"] = "nobody@example.com";

        var run = await InProcessCli.RunAsync(workspace.Root, environment, ["publish", "--debug"]);

        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Out, Does.Contain("Authorization: Basic ***"));
        ReliabilityReport.Add("Secret hygiene", "refused credentials with --debug", "exit 3; no credential in any output", true);
    }

    [Test]
    public async Task A_run_inside_GitHub_Actions_leaks_nothing_into_the_summary_or_outputs()
    {
        var summary = workspace.PathOf("github/summary.md");
        var output = workspace.PathOf("github/output.txt");
        workspace.WithFile("github/summary.md", string.Empty).WithFile("github/output.txt", string.Empty);
        var environment = sandbox.Environment();
        environment["GITHUB_ACTIONS"] = "true";
        environment["GITHUB_STEP_SUMMARY"] = summary;
        environment["GITHUB_OUTPUT"] = output;
        environment["GITHUB_WORKSPACE"] = workspace.Root;

        var run = await InProcessCli.RunAsync(workspace.Root, environment, ["publish", "--debug"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("::add-mask::" + Secrets.Token), "the token is registered for masking before anything else is printed");
        Secrets.AssertAbsent(File.ReadAllText(summary), "GITHUB_STEP_SUMMARY");
        Secrets.AssertAbsent(File.ReadAllText(output), "GITHUB_OUTPUT");
        ReliabilityReport.Add("Secret hygiene", "GitHub Actions run with --debug", "summary, outputs, stdout, stderr, result: no credential", true);
    }

    [Test]
    public void The_scan_finds_a_leak_when_there_is_one()
    {
        Assert.That(Secrets.FoundIn($"Authorization: Basic {Secrets.BasicCredentials}"), Is.Not.Empty);
        Assert.That(Secrets.FoundIn($"token={Secrets.Token}"), Is.Not.Empty);
        Assert.That(Secrets.FoundIn("Authorization: Basic ***"), Is.Empty);
    }
}
