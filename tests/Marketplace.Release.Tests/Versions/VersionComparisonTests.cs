using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Versions;

namespace Marketplace.Release.Tests.Versions;

/// <summary>docs/marketplace-api.md § Compatibility updates: which differences one version PUT may make, and how each change is shown.</summary>
[TestFixture]
internal sealed class VersionComparisonTests
{
    private static readonly Dictionary<long, string> Jira = new()
    {
        [9120000] = "9.12.0",
        [10030003] = "10.3.3",
        [10040001] = "10.4.1",
    };

    private static readonly VersionResponse Live = new()
    {
        BuildNumber = 100300000,
        VersionNumber = "1.3.0",
        Compatibilities = [new Compatibility("jira", 9120000, 10030003)],
        SupportedPaymentModel = PaymentModel.PaidViaAtlassian,
        FrameworkDetails = new FrameworkDetails(Framework.Plugin, new() { ["artifactId"] = "a1", ["pluginFrameworkType"] = "P2" }),
        LicenseType = new LicenseType("commercial"),
        Changelog = new Changelog("Weekly reports", "Exports."),
        Supported = true,
        Beta = false,
        StateWord = "approved",
        Revision = 3,
    };

    [Test]
    public void A_new_maximum_is_one_edit_shown_by_product_versions()
    {
        var comparison = VersionComparison.Of(Desired(compatibility: new Compatibility("jira", 9120000, 10040001)), Live);

        Assert.That(comparison.Conflicts, Is.Empty);
        Assert.That(comparison.Edits.Select(Describe), Is.EqualTo(new[] { "compatibility jira 9.12.0–10.3.3 → 9.12.0–10.4.1" }));
    }

    [Test]
    public void A_build_without_a_product_version_is_shown_as_a_build_and_an_added_product_as_new()
    {
        var desired = Desired(compatibility: new Compatibility("jira", 9120000, 10040005)) with
        {
            Compatibilities = [new Compatibility("jira", 9120000, 10040005), new Compatibility("confluence", 9012, 9210)],
        };

        var edits = VersionComparison.Of(desired, Live).Edits.Select(Describe);

        Assert.That(edits, Is.EqualTo(new[]
        {
            "compatibility jira 9.12.0–10.3.3 → 9.12.0–build 10040005",
            "compatibility confluence (none) → build 9012–build 9210",
        }));
    }

    [Test]
    public void Supported_beta_and_the_notes_are_editable()
    {
        var desired = Desired() with { Supported = false, Beta = true, Changelog = new Changelog("Monthly reports", "Exports, monthly.") };

        var comparison = VersionComparison.Of(desired, Live);

        Assert.That(comparison.Conflicts, Is.Empty);
        Assert.That(comparison.Edits.Select(Describe), Is.EqualTo(new[]
        {
            "supported true → false",
            "beta false → true",
            "releaseSummary 'Weekly reports' → 'Monthly reports'",
            "releaseNotes replaced",
        }));
    }

    [Test]
    public void Notes_left_out_of_the_manifest_and_line_ends_are_no_edit()
    {
        var desired = Desired() with { Changelog = new Changelog("Weekly reports\r\n", null) };

        Assert.That(VersionComparison.Of(desired, Live).Edits, Is.Empty);
    }

    [TestCase("paymentModel")]
    [TestCase("versionNumber")]
    [TestCase("license")]
    [TestCase("framework")]
    public void Any_other_difference_is_a_conflict_even_beside_an_edit(string field)
    {
        var desired = Desired(compatibility: new Compatibility("jira", 9120000, 10040001));
        desired = field switch
        {
            "paymentModel" => desired with { SupportedPaymentModel = PaymentModel.Free },
            "versionNumber" => desired with { VersionNumber = "1.3.1" },
            "license" => desired with { LicenseType = new LicenseType("gpl") },
            _ => desired with { FrameworkDetails = new FrameworkDetails(Framework.Workflow, new() { ["artifactId"] = "a1" }) },
        };

        var comparison = VersionComparison.Of(desired, Live);

        Assert.That(comparison.Conflicts, Has.Count.EqualTo(1).And.Some.StartsWith(field));
        Assert.That(comparison.Edits, Has.Count.EqualTo(1));
    }

    private static string Describe(VersionEdit edit) =>
        edit.Describe((product, build) => product == "jira" ? Jira.GetValueOrDefault(build) : null);

    private static VersionCreateRequest Desired(Compatibility? compatibility = null) => new()
    {
        BuildNumber = Live.BuildNumber,
        VersionNumber = Live.VersionNumber,
        Compatibilities = [compatibility ?? Live.Compatibilities![0]],
        SupportedPaymentModel = Live.SupportedPaymentModel!.Value,
        FrameworkDetails = new FrameworkDetails(Framework.Plugin, new() { ["artifactId"] = "a1", ["pluginFrameworkType"] = "P2" }),
        LicenseType = new LicenseType("commercial"),
        Supported = true,
        Beta = false,
        AcceptedAgreements = [new AcceptedAgreement("https://www.atlassian.com/licensing/marketplace/partneragreement")],
    };
}
