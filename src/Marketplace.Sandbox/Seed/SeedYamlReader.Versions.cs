using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Sandbox.Seed;

/// <summary>The seed keys of versions and their review: product versions, artifacts, the approval policy.</summary>
internal sealed partial class SeedYamlReader
{
    private void ReadParentSoftware(YamlNode node, SandboxSeed seed)
    {
        foreach (var (product, versions) in Entries(node))
        {
            foreach (var item in Items(versions))
            {
                var mapping = Mapping(item);
                var fields = Fields(item, "version", "build", "hosting", "state");
                var hosting = mapping.Children.TryGetValue(new YamlScalarNode("hosting"), out var hostingNode)
                    ? Items(hostingNode).Select(Scalar).ToList()
                    : ["server", "datacenter"];
                if (hosting.Find(name => name is not ("server" or "datacenter" or "cloud")) is { } wrongHosting)
                {
                    throw Error(item, $"parentSoftware hosting is server, datacenter or cloud, not '{wrongHosting}'");
                }

                // The contract's parent software version states (ParentSoftwareVersionGetResponse): draft, active, archived.
                var state = fields.GetValueOrDefault("state") ?? "active";
                if (state is not ("draft" or "active" or "archived"))
                {
                    throw Error(item, $"parentSoftware state is draft, active or archived, not '{state}'");
                }

                seed.ParentSoftwareVersions.Add(new SeedParentSoftwareVersion(
                    product,
                    Required(fields, "version", item),
                    Convert(item, _ => long.Parse(Required(fields, "build", item), NumberStyles.None, CultureInfo.InvariantCulture)),
                    hosting,
                    state));
            }
        }
    }

    private SeedApproval ReadApproval(YamlNode node)
    {
        var fields = Fields(node, "outcome", "after", "reason");
        var outcome = fields.GetValueOrDefault("outcome") switch
        {
            "approved" => ApprovalOutcome.Approved,
            "rejected" => ApprovalOutcome.Rejected,
            "pending" => ApprovalOutcome.Pending,
            "uninitiated" => ApprovalOutcome.Uninitiated,
            var other => throw Error(node, $"approval.outcome is approved, rejected, pending or uninitiated, not '{other}'"),
        };
        var after = fields.TryGetValue("after", out var text) && text is not null ? Convert(node, _ => SeedText.Duration(text, "approval.after")) : TimeSpan.Zero;
        return new SeedApproval(outcome, after, fields.GetValueOrDefault("reason"));
    }

    private SeedArtifact ReadArtifact(YamlNode item)
    {
        var fields = Fields(item, "id", "fileName", "size", "pluginKey", "pluginVersion", "sha512");
        var sha512 = fields.GetValueOrDefault("sha512");
        if (sha512 is not null && (sha512.Length != 128 || !sha512.All(Uri.IsHexDigit)))
        {
            throw Error(item, "artifacts.sha512 is the file's SHA-512 as 128 hex digits");
        }

        return new SeedArtifact(
            Required(fields, "id", item),
            Required(fields, "fileName", item),
            fields.TryGetValue("size", out var size) && size is not null ? Convert(item, _ => SeedText.Size(size, "artifacts.size")) : 1024,
            fields.GetValueOrDefault("pluginKey"))
        {
            PluginVersion = fields.GetValueOrDefault("pluginVersion"),
            Sha512 = sha512?.ToLowerInvariant(),
        };
    }
}
