// Cake generates script methods from these signatures: nullable annotations would reach the generated code and
// break script compilation, so this file has none.
#nullable disable

using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;

namespace Cake.Marketplace;

/// <summary>
/// Publishes Atlassian Marketplace app versions from a release manifest (<c>marketplace-release.yml</c>), with the
/// engine of the <c>marketplace-release</c> CLI: the same steps, the same result and the same exit codes.
/// Every alias is safe to re-run: work already done on the Marketplace is found and skipped.
/// </summary>
/// <remarks>
/// Credentials come from <see cref="MarketplaceSettings"/>, else from the environment variables
/// <c>MARKETPLACE_USER</c> and <c>MARKETPLACE_API_TOKEN</c>. A failure throws
/// <see cref="MarketplaceReleaseException"/>, whose exit code Cake exits with.
/// </remarks>
[CakeAliasCategory("Marketplace")]
[CakeNamespaceImport("Cake.Marketplace")]
[CakeNamespaceImport("Marketplace.Release.Pipeline")]
[CakeNamespaceImport("Marketplace.Release.Manifest")]
public static partial class MarketplaceAliases
{
    /// <summary>
    /// Releases the version the manifest describes: uploads the artifact and images, waits for processing, creates
    /// the version and its listing, publishes the listing when <c>listing.state</c> is <c>public</c>, and verifies.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest, e.g. <c>./marketplace-release.yml</c>.</param>
    /// <returns>The result, as <c>marketplace-release publish --result</c> writes it.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or the settings are invalid, or the release failed.</exception>
    /// <example>
    /// <code>
    /// #addin nuget:?package=Cake.Marketplace&amp;version=0.1.0
    ///
    /// Task("Release").Does(() =>
    /// {
    ///     var result = MarketplaceRelease("./marketplace-release.yml");
    ///     Information("{0} {1}: {2} ({3})", result.AppKey, result.VersionNumber, result.Status, result.VersionUrl);
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceRelease(this ICakeContext context, FilePath manifest) =>
        MarketplaceRelease(context, manifest, new MarketplaceSettings());

    /// <summary>
    /// Releases the version the manifest describes, with explicit settings (credentials, base URL, timeouts, dry run).
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest, e.g. <c>./marketplace-release.yml</c>.</param>
    /// <param name="settings">The connection, timeouts and switches.</param>
    /// <returns>The result, as <c>marketplace-release publish --result</c> writes it.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or the settings are invalid, or the release failed.</exception>
    /// <example>
    /// <code>
    /// var result = MarketplaceRelease("./marketplace-release.yml", new MarketplaceSettings
    /// {
    ///     User = EnvironmentVariable("MARKETPLACE_USER"),
    ///     ApiToken = EnvironmentVariable("MARKETPLACE_API_TOKEN"),
    ///     WaitTimeout = TimeSpan.FromMinutes(20),
    ///     ResultFile = "./artifacts/marketplace-release-result.json",
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceRelease(this ICakeContext context, FilePath manifest, MarketplaceSettings settings) =>
        Run(context, manifest, settings, ReleaseStage.Verify, dryRun: false);

    /// <summary>Checks the manifest offline (schema, interpolation, files) and sends nothing.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The validated plan: app, version, build number, listing.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest is invalid (exit code 2); every problem is logged with its line and column.</exception>
    /// <example>
    /// <code>
    /// Task("Validate").Does(() =>
    /// {
    ///     var plan = MarketplaceValidate("./marketplace-release.yml");
    ///     Information("Will release {0} {1} as build {2}", plan.App.Key, plan.Version.Number, plan.Version.BuildNumber);
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleasePlan MarketplaceValidate(this ICakeContext context, FilePath manifest) =>
        MarketplaceValidate(context, manifest, new MarketplaceSettings());

    /// <summary>Checks the manifest offline (schema, interpolation, files) and sends nothing.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">Settings; only <see cref="MarketplaceSettings.WorkspaceRoot"/> matters here.</param>
    /// <returns>The validated plan: app, version, build number, listing.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest is invalid (exit code 2); every problem is logged with its line and column.</exception>
    /// <example>
    /// <code>
    /// MarketplaceValidate("./release/marketplace-release.yml", new MarketplaceSettings { WorkspaceRoot = "." });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleasePlan MarketplaceValidate(this ICakeContext context, FilePath manifest, MarketplaceSettings settings)
    {
        Check(context, manifest, settings);
        return MarketplaceRunner.Validate(context, manifest, settings);
    }

    /// <summary>Shows what a release would change, with read-only calls (the CLI's <c>plan</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The result with status <c>planned</c>; <see cref="ReleaseResult.Changes"/> lists what would change.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a read failed.</exception>
    /// <example>
    /// <code>
    /// var plan = MarketplacePlan("./marketplace-release.yml");
    /// foreach (var change in plan.Changes)
    /// {
    ///     Information("would {0}", change);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplacePlan(this ICakeContext context, FilePath manifest) =>
        MarketplacePlan(context, manifest, new MarketplaceSettings());

    /// <summary>Shows what a release would change, with read-only calls (the CLI's <c>plan</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">The connection and timeouts.</param>
    /// <returns>The result with status <c>planned</c>; <see cref="ReleaseResult.Changes"/> lists what would change.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a read failed.</exception>
    /// <example>
    /// <code>
    /// var plan = MarketplacePlan("./marketplace-release.yml", new MarketplaceSettings { BaseUrl = "http://127.0.0.1:5005/marketplace" });
    /// Information("changes: {0}", plan.Changes.Count);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplacePlan(this ICakeContext context, FilePath manifest, MarketplaceSettings settings) =>
        Run(context, manifest, settings, ReleaseStage.Verify, dryRun: true);

    private static ReleaseResult Run(ICakeContext context, FilePath manifest, MarketplaceSettings settings, ReleaseStage stopAfter, bool dryRun)
    {
        Check(context, manifest, settings);
        return MarketplaceRunner.Run(context, manifest, settings, stopAfter, dryRun);
    }

    private static void Check(ICakeContext context, FilePath manifest, MarketplaceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
    }
}
