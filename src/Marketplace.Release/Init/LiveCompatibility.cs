namespace Marketplace.Release.Init;

/// <summary>One compatibility entry of the live version, each bound named by its product version where one maps to it.</summary>
internal sealed record LiveCompatibility(string Product, LiveBound Min, LiveBound Max);
