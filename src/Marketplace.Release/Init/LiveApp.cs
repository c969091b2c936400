using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Init;

/// <summary>What <c>init</c> read of the live app: its newest version, that version's listing, and what they point at.</summary>
/// <param name="Listing">The newest version's listing; null when it has none.</param>
/// <param name="ArtifactUrl">For plugin and workflow versions, the absolute download link of the version's artifact.</param>
internal sealed record LiveApp(
    string AppKey,
    Hosting Hosting,
    string AppSoftwareId,
    VersionResponse Version,
    IReadOnlyList<LiveCompatibility> Compatibility,
    JsonObject? Listing,
    string? ArtifactUrl,
    string? ArtifactFileName);
