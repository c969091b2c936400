using System.Text.Json.Nodes;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Manifest;

public sealed record VersionSpec
{
    /// <summary>
    /// The versionNumber, e.g. <c>1.4.0</c>; null for <c>connect</c>, whose version number the Marketplace assigns (as
    /// its build number): the live version's number is in the release result once the version exists.
    /// </summary>
    public required string? Number { get; init; }

    /// <summary>
    /// The buildNumber: given, or computed from the version number (<c>build: from-version</c>). 0 when
    /// <see cref="BuildAssignedByMarketplace"/> is true: the manifest has none, and the engine takes the created
    /// version's build number from the <c>Location</c> header of the 201 (docs/marketplace-api.md § Frameworks and exactly-once creates).
    /// </summary>
    public required long BuildNumber { get; init; }

    /// <summary>
    /// True for the <c>connect</c> and <c>forge</c> frameworks: the Marketplace assigns the build number (and for
    /// connect the version number), <c>version.build</c> is refused, and <see cref="BuildNumber"/> is 0.
    /// </summary>
    public bool BuildAssignedByMarketplace => Framework.AssignsBuildNumber();

    /// <summary>Where the artifact comes from; null only when <c>github.asset</c> supplies it.</summary>
    public ArtifactSource? Artifact { get; init; }

    /// <summary>The framework (<c>version.framework</c>, or told from the artifact's file name).</summary>
    public required Framework Framework { get; init; }

    /// <summary><c>P2</c> or <c>P1</c> for the plugin framework; null otherwise.</summary>
    public string? PluginFrameworkType { get; init; }

    /// <summary>
    /// <c>frameworkDetails.attributes</c> given in the manifest for connect, forge and external (empty for plugin and
    /// workflow), in manifest order, with their YAML types, checked per framework by <c>validate</c>: connect
    /// <c>scopes</c> (list, required), <c>descriptorId</c>, <c>descriptorUrl</c>; forge <c>appId</c>,
    /// <c>versionId</c>, <c>envId</c> (text, required), <c>scopes</c> (list, required), <c>appAccess</c> (list);
    /// external <c>authorization</c> (boolean, required), <c>binaryUrl</c> (an http(s) URL).
    /// </summary>
    public IReadOnlyDictionary<string, FrameworkAttributeValue> FrameworkAttributeValues { get; init; } = new Dictionary<string, FrameworkAttributeValue>();

    public required IReadOnlyList<CompatibilitySpec> Compatibility { get; init; }

    public required PaymentModel PaymentModel { get; init; }

    /// <summary>The licenseType id, e.g. <c>commercial</c>; null when not given.</summary>
    public string? License { get; init; }

    public required bool Supported { get; init; }

    public required bool Beta { get; init; }

    /// <summary>The accepted agreement URL (defaults to the Marketplace partner agreement).</summary>
    public required string Agreement { get; init; }

    public string? ReleaseSummary { get; init; }

    /// <summary>Release notes: inline, or the section of this version taken from <c>releaseNotesFile</c>.</summary>
    public string? ReleaseNotes { get; init; }

    /// <summary>
    /// A new JSON object of <see cref="FrameworkAttributeValues"/> (strings, booleans, arrays of strings) in manifest
    /// order; each call builds a fresh one, so the engine may add <c>artifactId</c> and attach it to a request body.
    /// </summary>
    public JsonObject FrameworkAttributesJson()
    {
        var attributes = new JsonObject();
        foreach (var (name, value) in FrameworkAttributeValues)
        {
            attributes[name] = value.ToJson();
        }

        return attributes;
    }
}
