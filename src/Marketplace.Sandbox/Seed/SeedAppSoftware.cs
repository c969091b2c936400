namespace Marketplace.Sandbox;

public sealed class SeedAppSoftware
{
    /// <summary>The app software id (a UUID).</summary>
    public required string Id { get; set; }

    /// <summary>server, datacenter or cloud.</summary>
    public required string Hosting { get; set; }

    public IList<string>? ComplianceBoundaries { get; set; }
    public IList<SeedVersion> Versions { get; } = new List<SeedVersion>();
}
