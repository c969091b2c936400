using Cake.Core.IO;
using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Api;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Running;

namespace Cake.Marketplace.Tests;

/// <summary>How <see cref="MarketplaceSettings"/> reach the release session: overrides named as the script wrote them.</summary>
[TestFixture]
internal sealed class MarketplaceSettingsTests
{
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["MARKETPLACE_USER"] = "env@example.com",
        ["MARKETPLACE_API_TOKEN"] = "env-token",
        ["MARKETPLACE_BASE_URL"] = "http://127.0.0.1:5005/marketplace",
    };

    private ScriptWorkspace workspace = null!;

    [OneTimeSetUp]
    public void SetUp() => workspace = ScriptWorkspace.WithExample();

    [OneTimeTearDown]
    public void TearDown() => workspace.Dispose();

    [Test]
    public void Credentials_and_base_URL_default_to_the_environment() =>
        Assert.That(Prepare(new MarketplaceSettings()).Options!.Connection,
            Is.EqualTo(new MarketplaceConnection(new Uri("http://127.0.0.1:5005/marketplace"), "env@example.com", "env-token")));

    [Test]
    public void Settings_win_over_the_environment()
    {
        var settings = new MarketplaceSettings { User = " me@example.com ", ApiToken = "my-token", BaseUrl = "https://marketplace.example.com/api" };

        Assert.That(Prepare(settings).Options!.Connection,
            Is.EqualTo(new MarketplaceConnection(new Uri("https://marketplace.example.com/api"), "me@example.com", "my-token")));
    }

    [Test]
    public void Without_a_base_URL_anywhere_the_live_API_is_used() =>
        Assert.That(Prepare(new MarketplaceSettings { User = "u@example.com", ApiToken = "t" }, []).Options!.Connection.BaseUrl,
            Is.EqualTo(new Uri(MarketplaceConnection.DefaultBaseUrl)));

    [Test]
    public void Missing_credentials_fail_with_exit_code_2_naming_both_variables_and_the_settings()
    {
        var failure = Prepare(new MarketplaceSettings(), []).Failure!;

        Assert.Multiple(() =>
        {
            Assert.That(failure.ExitCode, Is.EqualTo(2));
            Assert.That(failure.Error, Does.StartWith("MARKETPLACE_USER and MARKETPLACE_API_TOKEN not set"));
            Assert.That(failure.Error, Does.Contain("MarketplaceSettings.User"));
            Assert.That(failure.Error, Does.Contain("nothing was sent"));
        });
    }

    [Test]
    public void A_blank_token_counts_as_missing() =>
        Assert.That(Prepare(new MarketplaceSettings { User = "u@example.com", ApiToken = "  " }, []).Failure!.Error, Does.StartWith("MARKETPLACE_API_TOKEN not set"));

    [TestCase("http://marketplace.example.com/api", "plain http to a non-loopback host")]
    [TestCase("ftp://127.0.0.1/marketplace", "is not an http(s) URL")]
    [TestCase("https://user:secret@example.com/api", "must not hold credentials")]
    [TestCase("not a url", "is not an http(s) URL")]
    public void A_refused_base_URL_fails_with_exit_code_2_naming_the_setting(string baseUrl, string cause)
    {
        var failure = Prepare(new MarketplaceSettings { BaseUrl = baseUrl }).Failure!;

        Assert.Multiple(() =>
        {
            Assert.That(failure.ExitCode, Is.EqualTo(2));
            Assert.That(failure.Error, Does.StartWith("MarketplaceSettings.BaseUrl"));
            Assert.That(failure.Error, Does.Contain(cause));
        });
    }

    [TestCase("http://localhost:8080/marketplace")]
    [TestCase("http://127.0.0.2/marketplace")]
    [TestCase("http://[::1]:9000/marketplace")]
    public void Plain_http_is_accepted_to_a_loopback_host(string baseUrl) =>
        Assert.That(Prepare(new MarketplaceSettings { BaseUrl = baseUrl }).Options!.Connection.BaseUrl, Is.EqualTo(new Uri(baseUrl)));

    [Test]
    public void A_refused_environment_base_URL_names_the_variable() =>
        Assert.That(Prepare(new MarketplaceSettings(), new() { ["MARKETPLACE_BASE_URL"] = "http://10.0.0.5/marketplace", ["MARKETPLACE_USER"] = "u", ["MARKETPLACE_API_TOKEN"] = "t" }).Failure!.Error,
            Does.StartWith("MARKETPLACE_BASE_URL 'http://10.0.0.5/marketplace' uses plain http"));

    [Test]
    public void Timeouts_retries_and_switches_reach_the_engine_options()
    {
        var settings = new MarketplaceSettings
        {
            WaitTimeout = TimeSpan.FromMinutes(3),
            RequestTimeout = TimeSpan.FromSeconds(90),
            AttemptTimeout = TimeSpan.FromSeconds(20),
            UploadTimeout = TimeSpan.FromMinutes(45),
            MaxRetries = 0,
            NoWait = true,
        };

        var options = Prepare(settings).Options!;

        Assert.Multiple(() =>
        {
            Assert.That(options.WaitTimeout, Is.EqualTo(TimeSpan.FromMinutes(3)));
            Assert.That(options.Client.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(options.Client.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(options.Client.UploadAttemptTimeout, Is.EqualTo(TimeSpan.FromMinutes(45)));
            Assert.That(options.Client.MaxRetries, Is.Zero);
            Assert.That(options.NoWait, Is.True);
            Assert.That(options.DryRun, Is.False);
        });
    }

    [Test]
    public void Unset_timeouts_keep_the_engine_defaults()
    {
        var options = Prepare(new MarketplaceSettings()).Options!;

        Assert.Multiple(() =>
        {
            Assert.That(options.WaitTimeout, Is.EqualTo(ReleaseDefaults.WaitTimeout));
            Assert.That(options.Client, Is.EqualTo(new MarketplaceClientOptions()));
        });
    }

    [TestCase(true, false, true)]
    [TestCase(false, true, true)]
    [TestCase(false, false, false)]
    public void Dry_run_comes_from_the_alias_or_the_settings(bool aliasDryRun, bool settingsDryRun, bool expected) =>
        Assert.That(Prepare(new MarketplaceSettings { DryRun = settingsDryRun }, dryRun: aliasDryRun).Options!.DryRun, Is.EqualTo(expected));

    [Test]
    public void DetailedExitCode_reaches_the_session_and_is_refused_for_a_release()
    {
        var settings = new MarketplaceSettings { DetailedExitCode = true };
        var context = FakeCakeContext.Create(workspace.Root, Environment, new RecordingLog());

        Assert.Multiple(() =>
        {
            Assert.That(MarketplaceRunner.Request(context, new FilePath(ScriptWorkspace.ManifestFileName), settings, ReleaseStage.Verify, dryRun: true).DetailedExitCode, Is.True);
            Assert.That(Prepare(settings, dryRun: true).Failure, Is.Null);
            Assert.That(Prepare(settings).Failure, Has.Property("ExitCode").EqualTo(2).And.Property("Error").Contains("the detailed exit code is for plans only"));
            Assert.That(settings.ToString(), Does.Contain("detailedExitCode=True"));
        });
    }

    [Test]
    public void A_non_positive_timeout_or_negative_retry_count_fails_with_exit_code_2_naming_the_setting()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Prepare(new MarketplaceSettings { WaitTimeout = TimeSpan.Zero }).Failure, Has.Property("ExitCode").EqualTo(2).And.Property("Error").Contains("MarketplaceSettings.WaitTimeout"));
            Assert.That(Prepare(new MarketplaceSettings { RequestTimeout = TimeSpan.FromSeconds(-1) }).Failure!.Error, Does.Contain("MarketplaceSettings.RequestTimeout"));
            Assert.That(Prepare(new MarketplaceSettings { MaxRetries = -1 }).Failure!.Error, Does.Contain("MarketplaceSettings.MaxRetries"));
        });
    }

    [Test]
    public void WaitForApproval_reaches_the_engine_and_is_off_by_default()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Prepare(new MarketplaceSettings { WaitForApproval = TimeSpan.FromHours(2) }).Options!.WaitForApproval, Is.EqualTo(TimeSpan.FromHours(2)));
            Assert.That(Prepare(new MarketplaceSettings()).Options!.WaitForApproval, Is.Null);
            Assert.That(Prepare(new MarketplaceSettings { WaitForApproval = TimeSpan.Zero }).Failure!.Error, Does.Contain("MarketplaceSettings.WaitForApproval"));
        });
    }

    [Test]
    public void Settings_show_themselves_without_the_token()
    {
        var text = new MarketplaceSettings { User = "me@example.com", ApiToken = "very-secret-token" }.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("very-secret-token"));
            Assert.That(text, Does.Contain("apiToken=***"));
            Assert.That(text, Does.Contain("user=me@example.com"));
        });
    }

    private ReleasePreparation Prepare(MarketplaceSettings settings, Dictionary<string, string?>? environment = null, bool dryRun = false)
    {
        var variables = environment ?? Environment;
        var context = FakeCakeContext.Create(workspace.Root, variables, new RecordingLog());
        var request = MarketplaceRunner.Request(context, new FilePath(ScriptWorkspace.ManifestFileName), settings, ReleaseStage.Verify, dryRun);
        return ReleaseSession.Begin(new DictionaryEnvironment(variables), request).Prepare();
    }
}
