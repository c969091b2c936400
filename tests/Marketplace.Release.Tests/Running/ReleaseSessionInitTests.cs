using Marketplace.Release.Domain;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Init;
using Marketplace.Release.Running;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Running;

/// <summary>
/// <c>init</c> through the release session (docs/architecture.md): the session's one mask over its messages, its
/// inputs checked before the first request, its failures with the cause and the fix apart, worded in the front end's names.
/// </summary>
[TestFixture]
internal sealed class ReleaseSessionInitTests
{
    private const string Token = "init-session-token-0123456789";

    // Port 9 (discard) on loopback: nothing here is sent, and had it been, it would fail as a network error.
    private static readonly DictionaryEnvironment Environment = new(new Dictionary<string, string?>
    {
        ["MARKETPLACE_USER"] = "me@example.com",
        ["MARKETPLACE_API_TOKEN"] = Token,
        ["MARKETPLACE_BASE_URL"] = "http://127.0.0.1:9/marketplace",
    });

    private static readonly GivenSettingNames Names = new(new Dictionary<Setting, string>
    {
        [Setting.Hosting] = "HOSTING-SETTING",
        [Setting.DeveloperId] = "DEVELOPER-ID-SETTING",
        [Setting.Output] = "OUTPUT-SETTING",
    });

    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public void SetUp() => workspace = WorkspaceBuilder.Create();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    private ReleaseRequest Request => new() { WorkingDirectory = workspace.Root, SettingNames = Names };

    [Test]
    public async Task A_secret_given_as_an_init_input_is_masked_by_the_sessions_mask()
    {
        var session = ReleaseSession.Begin(Environment, Request);

        var result = await session.InitAsync(new InitRequest { AppKey = "com.example.timesheets", Hosting = Hosting.DataCenter, DeveloperId = Token });

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Failure!.Cause, Is.EqualTo("the developer id '***' (DEVELOPER-ID-SETTING or MARKETPLACE_DEVELOPER_ID) is not a UUID"));
        Assert.That(session.Complete(result), Does.Not.Contain(Token).And.StartWith("✖ init failed (exit 2): the developer id '***'"));
    }

    [Test]
    public async Task A_failure_carries_its_cause_and_fix_apart_in_the_front_ends_words()
    {
        workspace.WithFile("marketplace-release.yml", "schema: 1\n");
        var session = ReleaseSession.Begin(Environment, Request);

        var exists = await session.InitAsync(new InitRequest { AppKey = "com.example.timesheets", Hosting = Hosting.DataCenter, Output = "marketplace-release.yml" });

        Assert.That((exists.Failure!.Cause, exists.Failure.Fix), Is.EqualTo(($"{workspace.PathOf("marketplace-release.yml")} exists",
            "choose another OUTPUT-SETTING, or remove the file first (init never overwrites a manifest)")));
    }

    [Test]
    public async Task Missing_credentials_stop_init_before_the_first_request_as_they_stop_a_release()
    {
        var session = ReleaseSession.Begin(new DictionaryEnvironment(new Dictionary<string, string?>()), Request);

        var result = await session.InitAsync(new InitRequest { AppKey = "com.example.timesheets", Hosting = Hosting.DataCenter });

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Failure!.Cause, Is.EqualTo("MARKETPLACE_USER and MARKETPLACE_API_TOKEN not set"));
        Assert.That(result.Failure.Fix, Does.StartWith("set MARKETPLACE_USER to the Atlassian account e-mail"));
    }
}
