using Cake.Marketplace.Tests.Fixtures;

namespace Cake.Marketplace.Tests;

/// <summary>
/// A failure's fix names what a Cake script sets, <see cref="MarketplaceSettings"/>' properties, never a CLI flag
/// (docs/architecture.md: the engine knows no front end; the addin hands it its setting names).
/// </summary>
[TestFixture]
internal sealed class MarketplaceSettingNamesTests
{
    private SandboxHost sandbox = null!;
    private ScriptWorkspace workspace = null!;

    [SetUp]
    public async Task SetUp()
    {
        // The artifact stays in processing for the whole test.
        sandbox = await SandboxHost.StartAsync(seed => seed.ProcessingDelay = TimeSpan.FromHours(1));
        workspace = ScriptWorkspace.WithExample();
    }

    [TearDown]
    public async Task TearDown()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public void A_wait_given_up_names_the_settings_properties_not_the_cli_flags()
    {
        var context = FakeCakeContext.Create(workspace.Root, new Dictionary<string, string?>(sandbox.Environment), new RecordingLog());

        var failure = Assert.Throws<MarketplaceReleaseException>(() =>
            context.MarketplaceRelease(ScriptWorkspace.ManifestFileName, new MarketplaceSettings { NoWait = true }))!;

        Assert.That(failure.ExitCode, Is.EqualTo(5), failure.Message);
        Assert.That(failure.Message, Does.Contain("and MarketplaceSettings.NoWait was given")
            .And.Contain("re-run later (or raise MarketplaceSettings.WaitTimeout)")
            .And.Not.Contain("--"));
    }

    [Test]
    public void A_detailed_exit_code_without_a_dry_run_names_the_settings_properties()
    {
        var context = FakeCakeContext.Create(workspace.Root, new Dictionary<string, string?>(sandbox.Environment), new RecordingLog());

        var failure = Assert.Throws<MarketplaceReleaseException>(() =>
            context.MarketplaceRelease(ScriptWorkspace.ManifestFileName, new MarketplaceSettings { DetailedExitCode = true }))!;

        Assert.That(failure.ExitCode, Is.EqualTo(2), failure.Message);
        Assert.That(failure.Message, Does.Contain("Fix: run it as a plan with MarketplaceSettings.DryRun, or drop MarketplaceSettings.DetailedExitCode"));
        Assert.That(sandbox.Server.Requests, Is.Empty);
    }
}
