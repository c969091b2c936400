namespace Marketplace.Release.Manifest;

/// <summary>
/// The optional <c>cloudMigration:</c> section, written by one JSON Patch
/// (<c>PATCH /rest/3/cloud-migration-compatibility/products/{productId}</c>, <c>application/json-patch+json</c>),
/// or by <c>PUT</c> when no record exists. Null members are not managed.
/// </summary>
public sealed record CloudMigrationSpec
{
    /// <summary><c>assistantCompatibility</c>, sent as <c>cloudMigrationAssistantCompatibility</c>: a version, typically this release's.</summary>
    public string? AssistantCompatibility { get; init; }

    /// <summary><c>migrationPath</c>, sent as <c>migrationPath</c> in its wire form (<see cref="MigrationPathNames.ToWire"/>).</summary>
    public MigrationPath? MigrationPath { get; init; }

    /// <summary><c>migrationDocumentation</c>: an http(s) URL.</summary>
    public string? MigrationDocumentation { get; init; }

    /// <summary><c>featureDifferenceDocumentation</c>: an http(s) URL.</summary>
    public string? FeatureDifferenceDocumentation { get; init; }
}
