namespace Marketplace.Release.Api.Models;

/// <summary>Read by the Marketplace from a plugin's <c>atlassian-plugin.xml</c>; absent for other files.</summary>
internal sealed record ArtifactDetails(string? Key, string? Name, string? Version);
