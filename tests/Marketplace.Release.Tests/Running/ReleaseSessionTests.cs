using System.Text.Json;
using Marketplace.Release.Api;
using Marketplace.Release.Failures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Running;

/// <summary>The session every front end runs: what it checks before the first request, and what it leaves behind.</summary>
[TestFixture]
internal sealed class ReleaseSessionTests
{
    private const string Token = "session-token-0123456789";

    // Port 9 (discard) on loopback: no test here sends anything, and had one, it would fail as a network error.
    private static readonly DictionaryEnvironment Environment = new(new Dictionary<string, string?>
    {
        ["MARKETPLACE_USER"] = "me@example.com",
        ["MARKETPLACE_API_TOKEN"] = Token,
        ["MARKETPLACE_BASE_URL"] = "http://127.0.0.1:9/marketplace",
    });

    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public void SetUp() => workspace = WorkspaceBuilder.Create().WithExample();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    private ReleaseRequest Request => new() { WorkingDirectory = workspace.Root };

    [Test]
    public void Without_overrides_the_options_come_from_the_one_table_of_defaults()
    {
        var preparation = ReleaseSession.Begin(Environment, Request).Prepare();

        Assert.Multiple(() =>
        {
            Assert.That(preparation.Failure, Is.Null, preparation.Failure?.Error);
            Assert.That(preparation.Plan!.ManifestPath, Is.EqualTo(workspace.PathOf(ReleaseDefaults.ManifestFile)));
            Assert.That(preparation.Options!.WaitTimeout, Is.EqualTo(ReleaseDefaults.WaitTimeout).And.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(preparation.Options.Client, Is.EqualTo(new MarketplaceClientOptions()));
            Assert.That(preparation.Options.DryRun, Is.False);
            Assert.That(preparation.OpeningLine, Is.EqualTo("Publishing com.example.timesheets 1.4.0 (build 100400000, datacenter) to http://127.0.0.1:9/marketplace"));
        });
    }

    [Test]
    public void Overrides_reach_the_engine_options_and_the_opening_line()
    {
        var preparation = ReleaseSession.Begin(Environment, Request with
        {
            DryRun = true,
            NoWait = true,
            WaitTimeoutText = new("90s", "--timeout"),
            RequestTimeout = new(TimeSpan.FromSeconds(90), "MarketplaceSettings.RequestTimeout"),
            AttemptTimeout = new(TimeSpan.FromSeconds(20), "MarketplaceSettings.AttemptTimeout"),
            UploadTimeout = new(TimeSpan.FromMinutes(45), "MarketplaceSettings.UploadTimeout"),
            MaxRetries = new(0, "MarketplaceSettings.MaxRetries"),
            StopAfter = ReleaseStage.CreateVersion,
        }).Prepare();

        Assert.Multiple(() =>
        {
            Assert.That(preparation.Options!.WaitTimeout, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(preparation.Options.Client.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(preparation.Options.Client.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(preparation.Options.Client.UploadAttemptTimeout, Is.EqualTo(TimeSpan.FromMinutes(45)));
            Assert.That(preparation.Options.Client.MaxRetries, Is.Zero);
            Assert.That(preparation.Options.NoWait, Is.True);
            Assert.That(preparation.OpeningLine, Does.StartWith("Planning com.example.timesheets 1.4.0").And.Contain(" up to CreateVersion to "));
        });
    }

    [TestCase("--timeout")]
    [TestCase("the timeout input")]
    [TestCase("TIMEOUT")]
    public void A_timeout_that_is_not_a_duration_names_where_it_was_given(string source)
    {
        var failure = ReleaseSession.Begin(Environment, Request with { WaitTimeoutText = new("soon", source) }).Prepare().Failure;

        Assert.That(failure!.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(failure.Error, Is.EqualTo($"{source} 'soon' is not a duration. Fix: write e.g. 90s, 10m or 1h"));
    }

    [Test]
    public void A_non_positive_timeout_or_negative_retry_count_is_a_usage_error_naming_the_setting()
    {
        string? Problem(ReleaseRequest request) => ReleaseSession.Begin(Environment, request).Prepare().Failure?.Error;

        Assert.Multiple(() =>
        {
            Assert.That(Problem(Request with { WaitTimeout = new(TimeSpan.Zero, "MarketplaceSettings.WaitTimeout") }), Does.StartWith("MarketplaceSettings.WaitTimeout is"));
            Assert.That(Problem(Request with { RequestTimeout = new(TimeSpan.FromSeconds(-1), "MarketplaceSettings.RequestTimeout") }), Does.StartWith("MarketplaceSettings.RequestTimeout"));
            Assert.That(Problem(Request with { MaxRetries = new(-1, "MarketplaceSettings.MaxRetries") }), Does.StartWith("MarketplaceSettings.MaxRetries is -1"));
        });
    }

    [Test]
    public void An_input_problem_stops_the_release_before_the_manifest_is_read()
    {
        workspace.WithManifest("not: a manifest\n");

        var failure = ReleaseSession.Begin(Environment, Request with { InputProblem = ReleaseFailure.InvalidInput("DRY_RUN is 'maybe'", "set it to true or false") }).Prepare().Failure;

        Assert.That(failure!.Error, Is.EqualTo("DRY_RUN is 'maybe'. Fix: set it to true or false"));
        Assert.That(failure.Diagnostics, Is.Null);
    }

    [Test]
    public void Missing_credentials_name_the_front_ends_own_settings_too()
    {
        var failure = ReleaseSession.Begin(new DictionaryEnvironment(new Dictionary<string, string?>()),
            Request with { SettingNames = new GivenSettingNames(new Dictionary<Setting, string> { [Setting.User] = "MarketplaceSettings.User", [Setting.ApiToken] = "MarketplaceSettings.ApiToken" }) }).Prepare().Failure;

        Assert.That(failure!.Error, Does.StartWith("MARKETPLACE_USER and MARKETPLACE_API_TOKEN not set").And.Contain("or MarketplaceSettings.User and MarketplaceSettings.ApiToken"));
        Assert.That(failure.AppKey, Is.EqualTo("com.example.timesheets"), "the manifest was read, so the result names the version");
    }

    [Test]
    public void After_a_manifest_error_the_result_file_holds_every_diagnostic_with_its_position()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n");
        var session = ReleaseSession.Begin(Environment, Request with { ResultFile = "out/result.json" });

        var preparation = session.Prepare();
        session.Complete(preparation.Failure!, NullReleaseReporter.Instance);

        using var json = JsonDocument.Parse(File.ReadAllText(workspace.PathOf("out/result.json")));
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(json.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(2));
            Assert.That(diagnostics, Has.Count.EqualTo(preparation.Diagnostics.Count).And.Count.GreaterThan(0));
            var first = diagnostics.Single(d => d.GetProperty("line").GetInt32() == 4);
            Assert.That(first.GetProperty("file").GetString(), Is.EqualTo("marketplace-release.yml"));
            Assert.That(first.GetProperty("column").GetInt32(), Is.EqualTo(3));
            Assert.That(first.GetProperty("message").GetString(), Does.Contain("hostng").And.Contain("hosting"));
        });
    }

    [Test]
    public void A_secret_a_diagnostic_quotes_is_masked_in_the_diagnostics_and_the_result_file()
    {
        workspace.WithManifest("schema: 1\napp:\n  key: com.example.timesheets\n  hosting: ${MARKETPLACE_API_TOKEN}\n");
        var session = ReleaseSession.Begin(Environment, Request with { ResultFile = "result.json" });

        var preparation = session.Prepare();
        session.Complete(preparation.Failure!, NullReleaseReporter.Instance);

        var text = File.ReadAllText(workspace.PathOf("result.json"));
        Assert.That(text, Does.Contain("***"), "the diagnostic quoted the value, so the test shows the mask at work");
        Assert.That(text, Does.Not.Contain(Token));
        Assert.That(preparation.Diagnostics.Select(d => d.Message), Has.None.Contains(Token));
    }
}
