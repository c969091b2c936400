using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Commands;

[TestFixture]
internal sealed class ValidateCommandTests
{
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public void SetUp() => workspace = WorkspaceBuilder.Create().WithExample();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [Test]
    public async Task A_valid_manifest_is_described_in_one_line_without_credentials()
    {
        var run = await ValidateAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain("✔ marketplace-release.yml is valid: com.example.timesheets 1.4.0 (build 100400000, datacenter, plugin)"));
    }

    [Test]
    public async Task An_artifact_over_250_MB_is_refused_at_its_line()
    {
        // A sparse file: its length is what counts, and it costs no disk.
        using (var jar = File.Open(workspace.PathOf("target/timesheets-1.4.0.jar"), FileMode.Create))
        {
            jar.SetLength(251L * 1024 * 1024);
        }

        var run = await ValidateAsync();

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Match(@"marketplace-release\.yml:10:\d+: .*251 MB, over the Marketplace's limit of 250 MB"));
    }

    [TestCase(400 * 1024, "0.4 MB")]
    [TestCase(30 * 1024, "0.03 MB")]
    [TestCase(12_897_485, "12.3 MB")]
    public async Task The_artifact_size_reads_as_a_person_writes_it_small_files_included(int bytes, string size)
    {
        using (var jar = File.Open(workspace.PathOf("target/timesheets-1.4.0.jar"), FileMode.Create))
        {
            jar.SetLength(bytes);
        }

        var run = await ValidateAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Out, Does.Contain($"artifact target/timesheets-1.4.0.jar ({size})"));
    }

    [Test]
    public async Task Every_problem_is_listed_with_its_position()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hosting: cloudy\nversion:\n  nmber: 1.0.0\n");

        var run = await ValidateAsync();

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Contain("marketplace-release.yml:4:12:").And.Contain("marketplace-release.yml:6:3:"));
        Assert.That(run.Out, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task The_closing_line_counts_the_problems_in_words()
    {
        var run = await ValidateAsync();
        var manifest = File.ReadAllText(workspace.PathOf("marketplace-release.yml"));
        workspace.WithManifest(manifest.Replace("key: com.example.timesheets", "key: com.example.timesheets\n  hostign: x", StringComparison.Ordinal));

        var one = await ValidateAsync();
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hosting: cloudy\nversion:\n  nmber: 1.0.0\n");
        var several = await ValidateAsync();

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(one.Out, Does.EndWith("✖ 1 problem in marketplace-release.yml\n"), one.ToString());
        Assert.That(several.Out, Does.Match(@"✖ [2-9]\d* problems in marketplace-release\.yml\n$"), several.ToString());
    }

    private Task<CliRun> ValidateAsync() =>
        CliRunner.RunAsync(workspace.Root, new Dictionary<string, string?>(), ["validate"]);
}
