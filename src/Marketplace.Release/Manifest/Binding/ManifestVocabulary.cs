using Marketplace.Release.Domain;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// The keys and the fixed values of the manifest, in one place. The loader checks manifests against these tables and
/// a test checks that <c>schema/marketplace-release.schema.json</c> says exactly the same.
/// </summary>
internal static class ManifestVocabulary
{
    public const string FromVersion = "from-version";
    public const string InheritPrevious = "previous";

    /// <summary><c>max: latest</c> in a compatibility entry.</summary>
    public const string Latest = "latest";
    /// <summary>The longest target name; names are <c>[a-z0-9-]</c>.</summary>
    public const int MaxTargetNameChars = 32;
    public const string DefaultAgreement = "https://www.atlassian.com/licensing/marketplace/partneragreement";

    public static ManifestSection Root { get; } = new("", "the top level",
        ["schema", "app", "version", "listing", "github", "appListing", "cloudMigration", "privacySecurity", "gates", "targets"]);

    public static ManifestSection App { get; } = new("app", "app", ["key", "hosting", "developerId"]);

    public static ManifestSection Version { get; } = new("version", "version",
    [
        "number", "build", "artifact", "artifactUrl", "framework", "pluginFrameworkType", "frameworkAttributes",
        "compatibility", "paymentModel", "license", "supported", "beta", "agreement", "releaseSummary",
        "releaseNotes", "releaseNotesFile",
    ]);

    public static ManifestSection Compatibility { get; } = new("compatibility", "version.compatibility entries", ["product", "min", "minBuild", "max", "maxBuild"]);

    public static ManifestSection Listing { get; } = new("listing", "listing",
    [
        "state", "inherit", "moreDetails", "screenshots", "highlights", "heroImage", "youtubeId",
        "deploymentInstructions", "developerLinks",
    ]);

    /// <summary>Screenshots, the screenshot of a highlight and of a deployment instruction.</summary>
    public static ManifestSection Screenshot { get; } = new("screenshot", "screenshots", ["image", "imageId", "caption"]);

    /// <summary>An image without a caption: the hero image and highlight thumbnails.</summary>
    public static ManifestSection Image { get; } = new("image", "images without a caption (listing.heroImage, highlight thumbnails, appListing.icon and banner)", ["image", "imageId"]);

    public static ManifestSection Highlight { get; } = new("highlight", "listing.highlights entries", ["title", "caption", "summary", "screenshot", "thumbnail"]);

    public static ManifestSection DeploymentInstruction { get; } = new("deploymentInstruction", "listing.deploymentInstructions entries", ["body", "screenshot"]);

    public static ManifestSection DeveloperLinks { get; } = new("developerLinks", "listing.developerLinks",
        ["documentation", "learnMore", "eula", "purchase", "bonTermsSupported", "partnerSpecificTerms"]);

    public static ManifestSection GitHub { get; } = new("github", "github", ["repository", "release", "releaseNotes", "asset", "linkBack"]);

    /// <summary>One entry of <c>targets:</c>: a version of its own, its keys replacing the top-level sections' keys.</summary>
    public static ManifestSection Target { get; } = new("target", "targets entries", ["name", "hosting", "version", "listing", "github"]);

    /// <summary>The <c>github:</c> of a target: only the release asset differs between the versions of one release.</summary>
    public static ManifestSection TargetGitHub { get; } = new("targetGitHub", "targets[].github", ["asset"]);

    public static ManifestSection AppListing { get; } = new("appListing", "appListing",
        ["name", "summary", "tagline", "tags", "icon", "banner", "communityEnabled", "links"]);

    public static ManifestSection AppListingTags { get; } = new("appListingTags", "appListing.tags", ["categories", "keywords"]);

    public static ManifestSection AppListingLinks { get; } = new("appListingLinks", "appListing.links",
        ["issueTracker", "supportTicketSystem", "appStatusPage", "forums", "privacy"]);

    public static ManifestSection CloudMigration { get; } = new("cloudMigration", "cloudMigration",
        ["assistantCompatibility", "migrationPath", "migrationDocumentation", "featureDifferenceDocumentation"]);

    public static ManifestSection PrivacySecurity { get; } = new("privacySecurity", "privacySecurity", ["file", "publish"]);

    /// <summary>Release gates (docs/manifest.md): checked by plan and publish before any write; exit 9 when one is not met.</summary>
    public static ManifestSection Gates { get; } = new("gates", "gates", ["installCoverage"]);

    public static IReadOnlyList<ManifestSection> Sections { get; } =
    [
        Root, App, Version, Compatibility, Listing, Screenshot, Image, Highlight, DeploymentInstruction, DeveloperLinks, GitHub,
        Target, TargetGitHub, AppListing, AppListingTags, AppListingLinks, CloudMigration, PrivacySecurity, Gates,
    ];

    /// <summary>The sections that need the developer id (<c>app.developerId</c> or <c>MARKETPLACE_DEVELOPER_ID</c>) to find the app's productId.</summary>
    public static IReadOnlyList<string> PresenceSections { get; } = ["appListing", "cloudMigration", "privacySecurity"];

    /// <summary>The environment variable the developer id comes from when <c>app.developerId</c> is absent.</summary>
    public const string DeveloperIdVariable = "MARKETPLACE_DEVELOPER_ID";

    /// <summary>Files <c>privacySecurity.file</c> may name.</summary>
    public static IReadOnlyList<string> PrivacySecurityExtensions { get; } = [".yml", ".yaml", ".json"];

    public static IReadOnlyList<string> PluginFrameworkTypes { get; } = ["P2", "P1"];

    public static IReadOnlyList<string> Licenses { get; } =
        ["atlassian-closed-source", "commercial", "commercial-free", "bsd", "asl", "gpl", "lgpl", "epl"];

    public static IReadOnlyList<string> ListingStates { get; } = ["public", "private"];

    public static IReadOnlyList<string> InheritModes { get; } = [InheritPrevious];

    /// <summary>Image files the Marketplace accepts (<c>POST /rest/3/assets/images/{type}</c>).</summary>
    public static IReadOnlyList<string> ImageExtensions { get; } = [".png", ".jpg", ".jpeg", ".gif", ".bmp"];

    public static IReadOnlyList<ManifestEnum> Enums { get; } =
    [
        new("app", "hosting", DomainWords.Hostings.Words),
        new("target", "hosting", DomainWords.Hostings.Words),
        new("version", "framework", DomainWords.Frameworks.Words),
        new("version", "pluginFrameworkType", PluginFrameworkTypes),
        new("version", "paymentModel", DomainWords.PaymentModels.Words),
        new("version", "license", Licenses),
        new("listing", "state", ListingStates),
        new("listing", "inherit", InheritModes),
        new("cloudMigration", "migrationPath", MigrationPathNames.ManifestValues),
    ];

    /// <summary>Text keys whose length cap differs from <see cref="ManifestLimits.MaxShortTextChars"/>.</summary>
    public static IReadOnlyList<(ManifestSection Section, string Key, int MaxLength)> TextLimits { get; } =
    [
        (Version, "releaseSummary", ManifestLimits.MaxSummaryChars),
        (Version, "releaseNotes", ManifestLimits.MaxLongTextChars),
        (Listing, "moreDetails", ManifestLimits.MaxLongTextChars),
        (Screenshot, "caption", ManifestLimits.MaxSummaryChars),
        (Highlight, "title", ManifestLimits.MaxTitleChars),
        (Highlight, "caption", ManifestLimits.MaxSummaryChars),
        (Highlight, "summary", ManifestLimits.MaxSummaryChars),
        (DeploymentInstruction, "body", ManifestLimits.MaxLongTextChars),
        (AppListing, "name", ManifestLimits.MaxAppNameChars),

        // The API reference states no length for summary and tagLine; the manifest caps them like other short texts.
        (AppListing, "summary", ManifestLimits.MaxSummaryChars),
        (AppListing, "tagline", ManifestLimits.MaxSummaryChars),
        (GitHub, "release", 255),
        (GitHub, "asset", 255),
        (TargetGitHub, "asset", 255),
        (Target, "name", MaxTargetNameChars),
    ];

    /// <summary>The longest value <paramref name="key"/> of <paramref name="section"/> may hold, in characters.</summary>
    public static int MaxLength(ManifestSection section, string key) =>
        TextLimits.FirstOrDefault(limit => limit.Section == section && limit.Key == key).MaxLength is var max and > 0
            ? max
            : ManifestLimits.MaxShortTextChars;

    /// <summary>Every key of every section, to tell a user that a misplaced key belongs elsewhere.</summary>
    public static IEnumerable<(string Key, ManifestSection Section)> AllKeys =>
        Sections.SelectMany(section => section.Keys.Select(key => (key, section)));
}
