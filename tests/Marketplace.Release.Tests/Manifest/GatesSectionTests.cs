using Marketplace.Release.Manifest;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// The <c>gates:</c> section (docs/manifest.md, "Release gates"). Lines 1-13 are the minimal manifest; appended
/// sections start on line 14.
/// </summary>
public sealed class GatesSectionTests
{
    private const string DeveloperId = "87654321-4321-4321-4321-210987654321";

    [TestCase("90%", 90)]
    [TestCase("87.5 %", 87.5)]
    [TestCase("100", 100)]
    public void InstallCoverage_is_read_as_a_percentage(string written, decimal percent)
    {
        using var workspace = Workspace(MinimalManifest + $"gates:\n  installCoverage: {written}\n");

        var plan = Load(workspace, Environment(("MARKETPLACE_DEVELOPER_ID", DeveloperId)));

        Assert.That(plan.Gates?.InstallCoverage, Is.EqualTo(percent));
    }

    [TestCase("120%")]
    [TestCase("most")]
    public void A_value_that_is_not_a_percentage_names_line_column_and_the_fix(string written)
    {
        var error = SingleError(MinimalManifest + $"gates:\n  installCoverage: {written}\n", Environment(("MARKETPLACE_DEVELOPER_ID", DeveloperId)));

        Assert.That(error, Does.Contain(":15:20:").And.Contain($"gates.installCoverage '{written}' is not a percentage").And.Contain("installCoverage: 90%"));
    }

    [Test]
    public void Gates_without_a_developer_id_name_the_section_and_both_fixes()
    {
        var error = SingleError(MinimalManifest + "gates:\n  installCoverage: 90%\n");

        Assert.That(error, Does.Contain(":14:1:").And.Contain("gates needs the developer id to read the app's installs from the Reporting API")
            .And.Contain("app.developerId").And.Contain("MARKETPLACE_DEVELOPER_ID"));
    }

    [Test]
    public void An_unknown_gate_is_refused_by_name()
    {
        var error = SingleError(MinimalManifest + "gates:\n  coverage: 90%\n", Environment(("MARKETPLACE_DEVELOPER_ID", DeveloperId)));

        Assert.That(error, Does.Contain("coverage").And.Contain("installCoverage"));
    }
}
