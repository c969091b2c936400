using Marketplace.Release.Domain;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

public sealed class InterpolationTests
{
    private static string WithSummary(string summary) => MinimalManifest + $"  releaseSummary: {summary}\n";

    private static string SummaryOf(string summary, params (string Name, string? Value)[] variables)
    {
        using var workspace = Workspace(WithSummary(summary));
        return Load(workspace, Environment(variables)).Version.ReleaseSummary!;
    }

    [Test]
    public void A_variable_is_replaced_by_its_value() =>
        Assert.That(SummaryOf("Release ${NAME} now", ("NAME", "Timesheets")), Is.EqualTo("Release Timesheets now"));

    [Test]
    public void A_default_is_used_when_the_variable_is_unset() =>
        Assert.That(SummaryOf("v${MISSING:-1.0}"), Is.EqualTo("v1.0"));

    [Test]
    public void A_default_is_used_when_the_variable_is_empty() =>
        Assert.That(SummaryOf("v${EMPTY:-1.0}", ("EMPTY", "")), Is.EqualTo("v1.0"));

    [Test]
    public void A_set_variable_wins_over_its_default() =>
        Assert.That(SummaryOf("v${SET:-1.0}", ("SET", "2.0")), Is.EqualTo("v2.0"));

    [Test]
    public void An_empty_default_is_allowed() =>
        Assert.That(SummaryOf("'a${MISSING:-}b'"), Is.EqualTo("ab"));

    [Test]
    public void A_double_dollar_is_a_literal_dollar_and_is_not_interpolated() =>
        Assert.That(SummaryOf("'costs $$5, literally $${NAME}'", ("NAME", "x")), Is.EqualTo("costs $5, literally ${NAME}"));

    [Test]
    public void A_lone_dollar_stays_as_written() =>
        Assert.That(SummaryOf("'$5 or $ or $x'"), Is.EqualTo("$5 or $ or $x"));

    [Test]
    public void Several_references_in_one_value_are_all_replaced() =>
        Assert.That(SummaryOf("${A}-${B:-b}-${C}", ("A", "a"), ("C", "c")), Is.EqualTo("a-b-c"));

    [Test]
    public void Values_in_double_quoted_and_block_scalars_are_interpolated()
    {
        using var workspace = Workspace(MinimalManifest + """
              releaseSummary: "Summary ${NAME}"
              releaseNotes: |
                Notes of ${NAME}
                and more.

            """);

        var version = Load(workspace, Environment(("NAME", "Timesheets"))).Version;

        Assert.That((version.ReleaseSummary, version.ReleaseNotes), Is.EqualTo(("Summary Timesheets", "Notes of Timesheets\nand more.\n")));
    }

    [Test]
    public void A_default_is_not_interpolated_again() =>
        Assert.That(SummaryOf("'${MISSING:-$$x}'"), Is.EqualTo("$$x"));

    [Test]
    public void An_unset_variable_without_default_is_an_error_at_its_own_column()
    {
        var error = SingleError(WithSummary("Release of ${APP_NAME} today"));

        // Line 14 is the appended releaseSummary; "  releaseSummary: Release of " is 29 characters, so ${ is at column 30.
        Assert.That(error, Is.EqualTo("marketplace-release.yml:14:30: environment variable 'APP_NAME' is not set; set it, or give a default with ${APP_NAME:-value}"));
    }

    [Test]
    public void Each_unset_variable_is_reported_where_it_is_even_after_a_literal_dollar()
    {
        using var workspace = Workspace(WithSummary("'$${A} ${B} and ${C}'"));

        var errors = Errors(workspace);

        Assert.That(errors, Is.EqualTo(new[]
        {
            "marketplace-release.yml:14:26: environment variable 'B' is not set; set it, or give a default with ${B:-value}",
            "marketplace-release.yml:14:35: environment variable 'C' is not set; set it, or give a default with ${C:-value}",
        }));
    }

    [Test]
    public void An_unset_variable_in_a_block_scalar_is_reported_on_its_own_line()
    {
        var error = SingleError(MinimalManifest + "  releaseNotes: |\n    First line\n    Second ${NOTES_EXTRA}\n");

        Assert.That(error, Does.StartWith("marketplace-release.yml:16:12: environment variable 'NOTES_EXTRA' is not set"));
    }

    [Test]
    public void An_unclosed_reference_is_an_error()
    {
        var error = SingleError(WithSummary("'oops ${NAME'"));

        Assert.That(error, Is.EqualTo("marketplace-release.yml:14:25: '${' is not closed by '}'; write ${NAME} for a variable, or '$$' for a literal '$'"));
    }

    [Test]
    public void A_reference_that_is_not_a_variable_name_is_an_error()
    {
        var error = SingleError(WithSummary("'${1BAD}'"));

        Assert.That(error, Does.StartWith("marketplace-release.yml:14:20: '${1BAD}' is not a variable reference"));
    }

    [Test]
    public void An_interpolated_value_is_validated_as_if_written_literally()
    {
        var manifest = MinimalManifest.Replace("number: 1.4.0", "number: ${VERSION}", StringComparison.Ordinal);

        var error = SingleError(manifest, Environment(("VERSION", "one-point-four")));

        Assert.That(error, Does.StartWith("marketplace-release.yml:6:11: version.number 'one-point-four' is not a version number"));
    }

    [Test]
    public void Interpolated_enums_booleans_and_numbers_are_typed_after_interpolation()
    {
        using var workspace = Workspace(MinimalManifest
            .Replace("hosting: datacenter", "hosting: ${HOSTING}", StringComparison.Ordinal)
            .Replace("build: from-version", "build: ${BUILD}", StringComparison.Ordinal)
            + "  beta: ${BETA:-false}\n");

        var plan = Load(workspace, Environment(("HOSTING", "server"), ("BUILD", "777")));

        Assert.That((plan.App.Hosting, plan.Version.BuildNumber, plan.Version.Beta), Is.EqualTo((Hosting.Server, 777L, false)));

        var errors = Errors(workspace, Environment(("HOSTING", "dc"), ("BUILD", "x"), ("BETA", "maybe")));
        Assert.That(errors, Is.EqualTo(new[]
        {
            "marketplace-release.yml:4:12: app.hosting must be one of server, datacenter, cloud, not 'dc'",
            "marketplace-release.yml:7:10: version.build must be a whole number from 1 to 9007199254740991 or from-version, not 'x'",
            "marketplace-release.yml:14:9: version.beta must be true or false, not 'maybe'",
        }));
    }

    [Test]
    public void Build_from_version_uses_the_interpolated_version()
    {
        using var workspace = Workspace(MinimalManifest.Replace("number: 1.4.0", "number: ${VERSION:-1.4.0}", StringComparison.Ordinal));

        Assert.That(Load(workspace, Environment(("VERSION", "3.12.7"))).Version.BuildNumber, Is.EqualTo(301_200_700L));
    }
}
