namespace Marketplace.Sandbox;

/// <summary>
/// What a sandbox starts with: accounts, apps with their earlier versions, product versions, images, and the
/// behaviour knobs (processing delay, upload spacing and size, auto-approval, faults). Everything is settable
/// from code, so a test can take <see cref="Default"/> and change what it needs. The YAML form is described in
/// <c>Seed/README.md</c>.
/// </summary>
public sealed class SandboxSeed
{
    public const string DefaultResourceName = "Marketplace.Sandbox.Seed.default-seed.yml";

    /// <summary>The bundled seed (the example app <c>com.example.timesheets</c>); a fresh copy on every call.</summary>
    public static SandboxSeed Default
    {
        get
        {
            using var stream = typeof(SandboxSeed).Assembly.GetManifestResourceStream(DefaultResourceName)
                ?? throw new InvalidOperationException("The default seed is not embedded in the assembly");
            using var reader = new StreamReader(stream);
            return FromYaml(reader.ReadToEnd(), "default-seed.yml");
        }
    }

    /// <summary>The bundled seed's YAML text, for <c>marketplace-release sandbox</c> users who want a starting point.</summary>
    public static string DefaultYaml
    {
        get
        {
            using var stream = typeof(SandboxSeed).Assembly.GetManifestResourceStream(DefaultResourceName)
                ?? throw new InvalidOperationException("The default seed is not embedded in the assembly");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <exception cref="SandboxSeedException">The YAML is malformed or names unknown keys.</exception>
    public static SandboxSeed FromYaml(string yaml, string sourceName = "seed") => Seed.SeedYamlReader.Read(yaml, sourceName);

    /// <exception cref="SandboxSeedException">The YAML is malformed or names unknown keys.</exception>
    public static SandboxSeed Load(string path) => FromYaml(File.ReadAllText(path), path);

    public IList<SeedUser> Users { get; } = new List<SeedUser>();
    public IList<SeedApp> Apps { get; } = new List<SeedApp>();
    public IList<SeedParentSoftwareVersion> ParentSoftwareVersions { get; } = new List<SeedParentSoftwareVersion>();
    public IList<SeedImage> Images { get; } = new List<SeedImage>();
    public IList<SeedArtifact> Artifacts { get; } = new List<SeedArtifact>();

    /// <summary>How long after its upload an artifact stays PROCESSING (measured on <see cref="SandboxOptions.TimeProvider"/>).</summary>
    public TimeSpan ProcessingDelay { get; set; } = TimeSpan.FromSeconds(2);

    public ArtifactProcessingForm ProcessingForm { get; set; } = ArtifactProcessingForm.Status;
    public IList<SeedProcessingFailure> ProcessingFailures { get; } = new List<SeedProcessingFailure>();

    /// <summary>Minimum time between two artifact uploads of one account; closer ones get 429 with Retry-After.</summary>
    public TimeSpan UploadSpacing { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest accepted artifact; larger uploads get 413. Default 250 MiB (262144000 bytes).</summary>
    public long MaxArtifactBytes { get; set; } = 250L * 1024 * 1024;

    /// <summary>When true a listing made PUBLIC is APPROVED at once instead of SUBMITTED.</summary>
    public bool AutoApprove { get; set; }

    /// <summary>The review policy for listings made PUBLIC; when set it replaces <see cref="AutoApprove"/> (a seed may not set both).</summary>
    public SeedApproval? Approval { get; set; }

    public IList<FaultRule> Faults { get; } = new List<FaultRule>();

    /// <summary>[ours] The default page size of the developer space's product listings; small so clients must page.</summary>
    public const int DefaultDeveloperSpacePageSize = 2;

    /// <summary>
    /// Default and largest page of <c>GET /rest/3/product-listing/developer-space/{developerId}</c> (a larger
    /// <c>limit</c> is capped to it), so that a client which does not follow <c>links.next</c> misses apps.
    /// </summary>
    public int DeveloperSpacePageSize { get; set; } = DefaultDeveloperSpacePageSize;
}
