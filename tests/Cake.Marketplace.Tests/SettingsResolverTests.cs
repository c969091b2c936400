using Marketplace.Release.Api;
using Marketplace.Release.Hosting;

namespace Cake.Marketplace.Tests;

[TestFixture]
internal sealed class SettingsResolverTests
{
    private static readonly DictionaryEnvironment Environment = new(new Dictionary<string, string?>
    {
        ["MARKETPLACE_USER"] = "env@example.com",
        ["MARKETPLACE_API_TOKEN"] = "env-token",
        ["MARKETPLACE_BASE_URL"] = "http://127.0.0.1:5005/marketplace",
    });

    private static readonly DictionaryEnvironment Empty = new(new Dictionary<string, string?>());

    [Test]
    public void Credentials_and_base_URL_default_to_the_environment()
    {
        var connection = SettingsResolver.Connection(new MarketplaceSettings(), Environment);

        Assert.That(connection, Is.EqualTo(new MarketplaceConnection(new Uri("http://127.0.0.1:5005/marketplace"), "env@example.com", "env-token")));
    }

    [Test]
    public void Settings_win_over_the_environment()
    {
        var settings = new MarketplaceSettings { User = " me@example.com ", ApiToken = "my-token", BaseUrl = "https://marketplace.example.com/api" };

        var connection = SettingsResolver.Connection(settings, Environment);

        Assert.That(connection, Is.EqualTo(new MarketplaceConnection(new Uri("https://marketplace.example.com/api"), "me@example.com", "my-token")));
    }

    [Test]
    public void Without_a_base_URL_anywhere_the_live_API_is_used()
    {
        var connection = SettingsResolver.Connection(new MarketplaceSettings { User = "u@example.com", ApiToken = "t" }, Empty);

        Assert.That(connection.BaseUrl, Is.EqualTo(new Uri(MarketplaceConnection.DefaultBaseUrl)));
    }

    [Test]
    public void Missing_credentials_fail_with_exit_code_2_naming_both_variables()
    {
        var failure = Assert.Throws<MarketplaceReleaseException>(() => SettingsResolver.Connection(new MarketplaceSettings(), Empty))!;

        Assert.Multiple(() =>
        {
            Assert.That(failure.ExitCode, Is.EqualTo(2));
            Assert.That(failure.Message, Does.StartWith("MARKETPLACE_USER and MARKETPLACE_API_TOKEN not set"));
            Assert.That(failure.Message, Does.Contain("MarketplaceSettings.User"));
            Assert.That(failure.Message, Does.Contain("nothing was sent"));
        });
    }

    [Test]
    public void A_blank_token_counts_as_missing()
    {
        var failure = Assert.Throws<MarketplaceReleaseException>(() =>
            SettingsResolver.Connection(new MarketplaceSettings { User = "u@example.com", ApiToken = "  " }, Empty))!;

        Assert.That(failure.Message, Does.StartWith("MARKETPLACE_API_TOKEN not set"));
    }

    [TestCase("http://marketplace.example.com/api", "plain http to a non-loopback host")]
    [TestCase("ftp://127.0.0.1/marketplace", "is not an http(s) URL")]
    [TestCase("https://user:secret@example.com/api", "must not hold credentials")]
    [TestCase("not a url", "is not an http(s) URL")]
    public void A_refused_base_URL_fails_with_exit_code_2_naming_the_setting(string baseUrl, string cause)
    {
        var failure = Assert.Throws<MarketplaceReleaseException>(() =>
            SettingsResolver.Connection(new MarketplaceSettings { BaseUrl = baseUrl }, Environment))!;

        Assert.Multiple(() =>
        {
            Assert.That(failure.ExitCode, Is.EqualTo(2));
            Assert.That(failure.Message, Does.StartWith("MarketplaceSettings.BaseUrl"));
            Assert.That(failure.Message, Does.Contain(cause));
        });
    }

    [TestCase("http://localhost:8080/marketplace")]
    [TestCase("http://127.0.0.2/marketplace")]
    [TestCase("http://[::1]:9000/marketplace")]
    public void Plain_http_is_accepted_to_a_loopback_host(string baseUrl)
    {
        var connection = SettingsResolver.Connection(new MarketplaceSettings { BaseUrl = baseUrl }, Environment);

        Assert.That(connection.BaseUrl, Is.EqualTo(new Uri(baseUrl)));
    }

    [Test]
    public void A_refused_environment_base_URL_names_the_variable()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string?> { ["MARKETPLACE_BASE_URL"] = "http://10.0.0.5/marketplace" });

        var failure = Assert.Throws<MarketplaceReleaseException>(() => SettingsResolver.Connection(new MarketplaceSettings(), environment))!;

        Assert.That(failure.Message, Does.StartWith("MARKETPLACE_BASE_URL 'http://10.0.0.5/marketplace' uses plain http"));
    }

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

        var options = SettingsResolver.Options(settings, SettingsResolver.Connection(settings, Environment), dryRun: false);

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
        var options = SettingsResolver.Options(new MarketplaceSettings(), SettingsResolver.Connection(new MarketplaceSettings(), Environment), dryRun: false);
        var defaults = new MarketplaceClientOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.WaitTimeout, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(options.Client, Is.EqualTo(defaults));
        });
    }

    [TestCase(true, false, true)]
    [TestCase(false, true, true)]
    [TestCase(false, false, false)]
    public void Dry_run_comes_from_the_alias_or_the_settings(bool aliasDryRun, bool settingsDryRun, bool expected)
    {
        var settings = new MarketplaceSettings { DryRun = settingsDryRun };

        var options = SettingsResolver.Options(settings, SettingsResolver.Connection(settings, Environment), aliasDryRun);

        Assert.That(options.DryRun, Is.EqualTo(expected));
    }

    [Test]
    public void A_non_positive_timeout_or_negative_retry_count_fails_with_exit_code_2()
    {
        var connection = SettingsResolver.Connection(new MarketplaceSettings(), Environment);

        Assert.Multiple(() =>
        {
            Assert.That(() => SettingsResolver.Options(new MarketplaceSettings { WaitTimeout = TimeSpan.Zero }, connection, false),
                Throws.TypeOf<MarketplaceReleaseException>().With.Property("ExitCode").EqualTo(2).And.Message.Contains("WaitTimeout"));
            Assert.That(() => SettingsResolver.Options(new MarketplaceSettings { RequestTimeout = TimeSpan.FromSeconds(-1) }, connection, false),
                Throws.TypeOf<MarketplaceReleaseException>().With.Message.Contains("RequestTimeout"));
            Assert.That(() => SettingsResolver.Options(new MarketplaceSettings { MaxRetries = -1 }, connection, false),
                Throws.TypeOf<MarketplaceReleaseException>().With.Message.Contains("MaxRetries"));
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
}
