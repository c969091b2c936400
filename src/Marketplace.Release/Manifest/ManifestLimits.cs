namespace Marketplace.Release.Manifest;

/// <summary>
/// Caps that keep a hostile or broken manifest from exhausting memory or time. They sit far above anything a real
/// release needs; the JSON Schema states the same string and list caps (a test keeps them equal).
/// </summary>
internal static class ManifestLimits
{
    /// <summary>The manifest file itself: 1 MiB.</summary>
    public const int MaxManifestBytes = 1024 * 1024;

    /// <summary>Nested mappings and lists; the deepest real path (listing.highlights[].screenshot.image) needs 5.</summary>
    public const int MaxNestingDepth = 16;

    /// <summary>Entries of any list (screenshots, compatibility, deployment instructions, …).</summary>
    public const int MaxListItems = 100;

    /// <summary>Entries of <c>version.frameworkAttributes</c>.</summary>
    public const int MaxFrameworkAttributes = 50;

    /// <summary>Long texts: releaseNotes, moreDetails, deployment instruction bodies (64 KiB of characters).</summary>
    public const int MaxLongTextChars = 64 * 1024;

    /// <summary>Short texts: releaseSummary, highlight summaries, captions.</summary>
    public const int MaxSummaryChars = 255;

    /// <summary><c>appListing.name</c> (the app-listing <c>appName</c>), docs/marketplace-api.md § Presence sections.</summary>
    public const int MaxAppNameChars = 60;

    /// <summary>A <c>privacySecurity.file</c>: the answers are a few kilobytes.</summary>
    public const int MaxPrivacySecurityFileBytes = 1024 * 1024;

    /// <summary>Highlight titles.</summary>
    public const int MaxTitleChars = 100;

    /// <summary>Every other value: keys, names, URLs, paths, versions.</summary>
    public const int MaxShortTextChars = 2048;

    /// <summary>A <c>releaseNotesFile</c> (a changelog holds every release, so it may be larger than the manifest).</summary>
    public const int MaxReleaseNotesFileBytes = 4 * 1024 * 1024;

    /// <summary>Folder entries an artifact glob may look at before it gives up (a <c>**</c> over a huge tree).</summary>
    public const int MaxGlobEntriesVisited = 50_000;

    /// <summary>Diagnostics reported at once; past this the manifest is not worth reading further.</summary>
    public const int MaxDiagnostics = 100;
}
