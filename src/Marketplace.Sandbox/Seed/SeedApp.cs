namespace Marketplace.Sandbox;

public sealed class SeedApp
{
    public required string Key { get; set; }
    public string? Name { get; set; }

    /// <summary>E-mails of the accounts that may see and change this app; empty means every account (others get 403).</summary>
    public IList<string> Users { get; } = new List<string>();

    /// <summary>One entry per hosting (server, datacenter, cloud).</summary>
    public IList<SeedAppSoftware> Software { get; } = new List<SeedAppSoftware>();
}
