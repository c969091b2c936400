// Cake generates script methods from these signatures: nullable annotations would reach the generated code and
// break script compilation, so this file has none.
#nullable disable

using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Marketplace.Release.Pipeline;

namespace Cake.Marketplace;

// One alias per pipeline step, for scripts that compose their own flow. Each runs the pipeline up to its stage:
// the steps before it read the live state, find their work done and skip, so the aliases can run in separate
// tasks, builds or even machines.
public static partial class MarketplaceAliases
{
    /// <summary>
    /// Uploads the artifact (or has the Marketplace fetch <c>artifactUrl</c>) and the listing images, unless the live state or the resume state shows they are there. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var manifest = File("./marketplace-release.yml");
    /// Task("Upload").Does(() => MarketplaceUploadArtifact(manifest));
    /// Task("Wait").IsDependentOn("Upload").Does(() => MarketplaceWaitForArtifact(manifest));
    /// Task("CreateVersion").IsDependentOn("Wait").Does(() => MarketplaceCreateVersion(manifest));
    /// Task("CreateListing").IsDependentOn("CreateVersion").Does(() => MarketplaceCreateVersionListing(manifest));
    /// Task("Publish").IsDependentOn("CreateListing").Does(() => MarketplacePublishVersionListing(manifest));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceUploadArtifact(this ICakeContext context, FilePath manifest) =>
        MarketplaceUploadArtifact(context, manifest, new MarketplaceSettings());

    /// <summary>
    /// Uploads the artifact (or has the Marketplace fetch <c>artifactUrl</c>) and the listing images, unless the live state or the resume state shows they are there. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">The connection, timeouts and switches.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var result = MarketplaceUploadArtifact("./marketplace-release.yml", new MarketplaceSettings { WaitTimeout = TimeSpan.FromMinutes(20) });
    /// Information("UploadArtifact: {0}", result.Steps[result.Steps.Count - 1].Outcome);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceUploadArtifact(this ICakeContext context, FilePath manifest, MarketplaceSettings settings) =>
        Run(context, manifest, settings, ReleaseStage.UploadArtifact, dryRun: false);

    /// <summary>
    /// Waits until the uploaded artifact is processed, bounded by <see cref="MarketplaceSettings.WaitTimeout"/> (exit code 5 when it runs out; a re-run resumes). Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var manifest = File("./marketplace-release.yml");
    /// Task("Upload").Does(() => MarketplaceUploadArtifact(manifest));
    /// Task("Wait").IsDependentOn("Upload").Does(() => MarketplaceWaitForArtifact(manifest));
    /// Task("CreateVersion").IsDependentOn("Wait").Does(() => MarketplaceCreateVersion(manifest));
    /// Task("CreateListing").IsDependentOn("CreateVersion").Does(() => MarketplaceCreateVersionListing(manifest));
    /// Task("Publish").IsDependentOn("CreateListing").Does(() => MarketplacePublishVersionListing(manifest));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceWaitForArtifact(this ICakeContext context, FilePath manifest) =>
        MarketplaceWaitForArtifact(context, manifest, new MarketplaceSettings());

    /// <summary>
    /// Waits until the uploaded artifact is processed, bounded by <see cref="MarketplaceSettings.WaitTimeout"/> (exit code 5 when it runs out; a re-run resumes). Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">The connection, timeouts and switches.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var result = MarketplaceWaitForArtifact("./marketplace-release.yml", new MarketplaceSettings { WaitTimeout = TimeSpan.FromMinutes(20) });
    /// Information("WaitForArtifact: {0}", result.Steps[result.Steps.Count - 1].Outcome);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceWaitForArtifact(this ICakeContext context, FilePath manifest, MarketplaceSettings settings) =>
        Run(context, manifest, settings, ReleaseStage.WaitForArtifact, dryRun: false);

    /// <summary>
    /// Creates the version the manifest describes, unless a version with its build number exists with the same content. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var manifest = File("./marketplace-release.yml");
    /// Task("Upload").Does(() => MarketplaceUploadArtifact(manifest));
    /// Task("Wait").IsDependentOn("Upload").Does(() => MarketplaceWaitForArtifact(manifest));
    /// Task("CreateVersion").IsDependentOn("Wait").Does(() => MarketplaceCreateVersion(manifest));
    /// Task("CreateListing").IsDependentOn("CreateVersion").Does(() => MarketplaceCreateVersionListing(manifest));
    /// Task("Publish").IsDependentOn("CreateListing").Does(() => MarketplacePublishVersionListing(manifest));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceCreateVersion(this ICakeContext context, FilePath manifest) =>
        MarketplaceCreateVersion(context, manifest, new MarketplaceSettings());

    /// <summary>
    /// Creates the version the manifest describes, unless a version with its build number exists with the same content. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">The connection, timeouts and switches.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var result = MarketplaceCreateVersion("./marketplace-release.yml", new MarketplaceSettings { WaitTimeout = TimeSpan.FromMinutes(20) });
    /// Information("CreateVersion: {0}", result.Steps[result.Steps.Count - 1].Outcome);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceCreateVersion(this ICakeContext context, FilePath manifest, MarketplaceSettings settings) =>
        Run(context, manifest, settings, ReleaseStage.CreateVersion, dryRun: false);

    /// <summary>
    /// Creates the version's listing as <c>PRIVATE</c>, unless it exists. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var manifest = File("./marketplace-release.yml");
    /// Task("Upload").Does(() => MarketplaceUploadArtifact(manifest));
    /// Task("Wait").IsDependentOn("Upload").Does(() => MarketplaceWaitForArtifact(manifest));
    /// Task("CreateVersion").IsDependentOn("Wait").Does(() => MarketplaceCreateVersion(manifest));
    /// Task("CreateListing").IsDependentOn("CreateVersion").Does(() => MarketplaceCreateVersionListing(manifest));
    /// Task("Publish").IsDependentOn("CreateListing").Does(() => MarketplacePublishVersionListing(manifest));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceCreateVersionListing(this ICakeContext context, FilePath manifest) =>
        MarketplaceCreateVersionListing(context, manifest, new MarketplaceSettings());

    /// <summary>
    /// Creates the version's listing as <c>PRIVATE</c>, unless it exists. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">The connection, timeouts and switches.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var result = MarketplaceCreateVersionListing("./marketplace-release.yml", new MarketplaceSettings { WaitTimeout = TimeSpan.FromMinutes(20) });
    /// Information("CreateListing: {0}", result.Steps[result.Steps.Count - 1].Outcome);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplaceCreateVersionListing(this ICakeContext context, FilePath manifest, MarketplaceSettings settings) =>
        Run(context, manifest, settings, ReleaseStage.CreateListing, dryRun: false);

    /// <summary>
    /// Puts the listing into the manifest's state: <c>PUBLIC</c> when <c>listing.state</c> is <c>public</c>, else it stays <c>PRIVATE</c>. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var manifest = File("./marketplace-release.yml");
    /// Task("Upload").Does(() => MarketplaceUploadArtifact(manifest));
    /// Task("Wait").IsDependentOn("Upload").Does(() => MarketplaceWaitForArtifact(manifest));
    /// Task("CreateVersion").IsDependentOn("Wait").Does(() => MarketplaceCreateVersion(manifest));
    /// Task("CreateListing").IsDependentOn("CreateVersion").Does(() => MarketplaceCreateVersionListing(manifest));
    /// Task("Publish").IsDependentOn("CreateListing").Does(() => MarketplacePublishVersionListing(manifest));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplacePublishVersionListing(this ICakeContext context, FilePath manifest) =>
        MarketplacePublishVersionListing(context, manifest, new MarketplaceSettings());

    /// <summary>
    /// Puts the listing into the manifest's state: <c>PUBLIC</c> when <c>listing.state</c> is <c>public</c>, else it stays <c>PRIVATE</c>. Runs the steps before it first; they skip when their work is done.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="manifest">The release manifest.</param>
    /// <param name="settings">The connection, timeouts and switches.</param>
    /// <returns>The result so far: status <c>staged</c> (or <c>published</c> after publishing) when something changed, <c>unchanged</c> when nothing had to.</returns>
    /// <exception cref="MarketplaceReleaseException">The manifest or settings are invalid, or a step failed.</exception>
    /// <example>
    /// <code>
    /// var result = MarketplacePublishVersionListing("./marketplace-release.yml", new MarketplaceSettings { WaitTimeout = TimeSpan.FromMinutes(20) });
    /// Information("Publish: {0}", result.Steps[result.Steps.Count - 1].Outcome);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static ReleaseResult MarketplacePublishVersionListing(this ICakeContext context, FilePath manifest, MarketplaceSettings settings) =>
        Run(context, manifest, settings, ReleaseStage.Publish, dryRun: false);
}
