namespace Marketplace.Release.Init;

/// <summary>A compatibility bound of the live version: its build number and, when one has it, the product version.</summary>
internal sealed record LiveBound(long Build, string? Version);
