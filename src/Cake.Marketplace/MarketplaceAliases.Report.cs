// Cake generates script methods from these signatures: nullable annotations would reach the generated code and
// break script compilation, so this file has none.
#nullable disable

using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Marketplace.Release.Insight;

namespace Cake.Marketplace;

/// <summary>The release insight report of the CLI's <c>report</c> (README, "Release insight").</summary>
[CakeNamespaceImport("Marketplace.Release.Insight")]
public static partial class MarketplaceAliases
{
    /// <summary>
    /// Reads the Reporting API, never writes: the install base of the newest week per host version with the share the
    /// manifest's compatibility covers, the weekly installs of the last <see cref="MarketplaceSettings.ReportWeeks"/>
    /// weeks (default 12), and the
    /// uninstall/disable feedback per app version and reason. Logs the report as Markdown. Needs the developer id
    /// (<c>app.developerId</c> or <c>MARKETPLACE_DEVELOPER_ID</c>). No install data (a new app) is a note, not a failure.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">The connection and timeouts.</param>
    /// <returns>The report's figures, as <c>marketplace-release report --json</c> writes them.</returns>
    /// <exception cref="MarketplaceReleaseException">
    /// The manifest or settings are invalid or no developer id is given (exit code 2), the account lacks the reporting
    /// permission (3), or a read failed.
    /// </exception>
    /// <example>
    /// <code>
    /// Task("Insight").Does(() =>
    /// {
    ///     var report = MarketplaceReport("./marketplace-release.yml", new MarketplaceSettings { ReportWeeks = 26 });
    ///     foreach (var product in report.InstallBase)
    ///     {
    ///         Information("{0}: {1} % of {2} installs covered", product.Name, product.CoveredPercent, product.Installs);
    ///     }
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static InsightReport MarketplaceReport(this ICakeContext context, FilePath manifest, MarketplaceSettings settings)
    {
        Check(context, manifest, settings);
        return MarketplaceRunner.Report(context, manifest, settings, settings.ReportWeeks ?? ReleaseInsight.DefaultWeeks);
    }

    /// <summary>The release insight report of the last 12 weeks, with the settings from the environment.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The report's figures, as <c>marketplace-release report --json</c> writes them.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest is invalid, no developer id is given, or a read failed.</exception>
    /// <example>
    /// <code>
    /// var report = MarketplaceReport("./marketplace-release.yml");
    /// Information("{0} feedback in {1} weeks", report.Health.Total, report.Weeks);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static InsightReport MarketplaceReport(this ICakeContext context, FilePath manifest) =>
        MarketplaceReport(context, manifest, new MarketplaceSettings());
}
