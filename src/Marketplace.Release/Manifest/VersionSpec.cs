namespace Marketplace.Release.Manifest;

public sealed record VersionSpec
{
    /// <summary>The versionNumber, e.g. <c>1.4.0</c>.</summary>
    public required string Number { get; init; }

    /// <summary>The buildNumber: given, or computed from the version number (<c>build: from-version</c>).</summary>
    public required long BuildNumber { get; init; }

    /// <summary>Where the artifact comes from; null only when <c>github.asset</c> supplies it.</summary>
    public ArtifactSource? Artifact { get; init; }

    /// <summary><c>plugin</c>, <c>workflow</c>, <c>connect</c>, <c>forge</c> or <c>external</c>.</summary>
    public required string Framework { get; init; }

    /// <summary><c>P2</c> or <c>P1</c> for the plugin framework; null otherwise.</summary>
    public string? PluginFrameworkType { get; init; }

    /// <summary>Extra <c>frameworkDetails.attributes</c> for frameworks whose attributes are not derived from the artifact.</summary>
    public IReadOnlyDictionary<string, string> FrameworkAttributes { get; init; } = new Dictionary<string, string>();

    public required IReadOnlyList<CompatibilitySpec> Compatibility { get; init; }

    /// <summary><c>free</c>, <c>paid-via-atlassian</c> or <c>paid-via-vendor</c>.</summary>
    public required string PaymentModel { get; init; }

    /// <summary>The licenseType id, e.g. <c>commercial</c>; null when not given.</summary>
    public string? License { get; init; }

    public required bool Supported { get; init; }

    public required bool Beta { get; init; }

    /// <summary>The accepted agreement URL (defaults to the Marketplace partner agreement).</summary>
    public required string Agreement { get; init; }

    public string? ReleaseSummary { get; init; }

    /// <summary>Release notes: inline, or the section of this version taken from <c>releaseNotesFile</c>.</summary>
    public string? ReleaseNotes { get; init; }
}
