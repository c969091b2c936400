namespace Marketplace.Release.Insight;

/// <summary>An app version the Marketplace released (its state active or approved) and the day it was created.</summary>
internal sealed record ReleasedVersion(string Version, DateOnly Released);
