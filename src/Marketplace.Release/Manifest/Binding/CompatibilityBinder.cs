using System.Text.RegularExpressions;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads <c>version.compatibility</c>: one entry per product, each with a lower and an upper bound.</summary>
internal sealed partial class CompatibilityBinder(ValueReader reader)
{
    public List<CompatibilitySpec>? Bind(SectionView version)
    {
        var node = version["compatibility"];
        if (node is null)
        {
            reader.Report(version.Position, "version is missing 'compatibility'; add a list of products, e.g. compatibility: [{product: jira, min: 9.12.0, max: 10.3.3}]");
            return null;
        }

        var list = reader.List(node, "version.compatibility");
        if (list is null)
        {
            if (node is ScalarNode { IsNull: true })
            {
                reader.Report(node.Start, "version.compatibility is empty; list at least one product with min and max");
            }

            return null;
        }

        if (list.Items.Count == 0)
        {
            reader.Report(list.Start, "version.compatibility is empty; list at least one product with min and max");
            return null;
        }

        var entries = new List<CompatibilitySpec>();
        var products = new Dictionary<string, int>(StringComparer.Ordinal);
        var allValid = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var entry = Entry(list.Items[i], $"version.compatibility[{i}]", products);
            allValid &= entry is not null;
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return allValid ? entries : null;
    }

    private CompatibilitySpec? Entry(ManifestNode item, string path, Dictionary<string, int> products)
    {
        var entry = reader.Section(item, path, ManifestVocabulary.Compatibility, item.Start);
        if (entry is null)
        {
            if (item is ScalarNode { IsNull: true })
            {
                reader.Report(item.Start, $"{path} is empty; give product, min (or minBuild) and max (or maxBuild)");
            }

            return null;
        }

        var product = reader.RequiredText(entry, "product", "jira");
        if (product is not null && !ProductPattern().IsMatch(product))
        {
            reader.Report(entry["product"]!.Start, $"{path}.product '{product}' is not a product id; use the Marketplace's lower-case id, e.g. jira, confluence, bitbucket, bamboo");
            product = null;
        }
        else if (product is not null && !products.TryAdd(product, entry["product"]!.Start.Line))
        {
            reader.Report(entry["product"]!.Start, $"{path}.product '{product}' is listed twice (first at line {products[product]}); keep one entry per product");
            product = null;
        }

        var min = Bound(entry, "min", "minBuild", "lower", "9.12.0");
        var maxLatest = entry.Has("max") && !entry.Has("maxBuild") && IsLatest(entry["max"]);
        var max = maxLatest ? (null, null) : Bound(entry, "max", "maxBuild", "upper", "10.3.3");
        if (min is null || max is null || product is null)
        {
            return null;
        }

        if (maxLatest)
        {
            return new CompatibilitySpec(product, min.Value.Version, min.Value.Build, null, null) { MaxLatest = true };
        }

        var minAboveMax = min.Value.Version is not null && max.Value.Version is not null
            ? VersionNumbers.Compare(min.Value.Version, max.Value.Version) > 0
            : min.Value.Build is not null && max.Value.Build is not null && min.Value.Build > max.Value.Build;
        if (minAboveMax)
        {
            reader.Report(entry.KeyPosition(entry.Has("max") ? "max" : "maxBuild"), $"{path}: the upper bound is below the lower bound; swap them");
            return null;
        }

        return new CompatibilitySpec(product, min.Value.Version, min.Value.Build, max.Value.Version, max.Value.Build);
    }

    /// <summary><c>max: latest</c>: the newest active product version, found at release time (docs/marketplace-api.md § Latest product version).</summary>
    private bool IsLatest(ManifestNode? node) =>
        node is ScalarNode { IsNull: false } && reader.Text(node, "max") == ManifestVocabulary.Latest;

    /// <summary>One bound of a compatibility entry: a product version or a build number, exactly one of them.</summary>
    private (string? Version, long? Build)? Bound(SectionView entry, string versionKey, string buildKey, string which, string example)
    {
        var hasVersion = entry.Has(versionKey);
        var hasBuild = entry.Has(buildKey);
        if (hasVersion && hasBuild)
        {
            reader.Report(entry.KeyPosition(buildKey), $"{entry.Path} has both {versionKey} and {buildKey}; keep one: {versionKey} (a product version) or {buildKey} (its build number)");
            return null;
        }

        if (!hasVersion && !hasBuild)
        {
            reader.Report(entry.Position, $"{entry.Path} is missing its {which} bound; add {versionKey}: <product version, e.g. {example}> or {buildKey}: <build number>");
            return null;
        }

        if (hasBuild)
        {
            var build = reader.PositiveInteger(entry[buildKey], entry.PathOf(buildKey));
            if (build is null)
            {
                reader.ReportIfNull(entry, buildKey, "10030003");
            }

            return build is null ? null : (null, build);
        }

        var version = reader.Text(entry[versionKey], entry.PathOf(versionKey));
        if (version is null)
        {
            reader.ReportIfNull(entry, versionKey, example);
            return null;
        }

        if (!VersionNumbers.IsVersion(version))
        {
            var latest = versionKey == "max" ? $" or {ManifestVocabulary.Latest}" : "";
            reader.Report(entry[versionKey]!.Start, $"{entry.PathOf(versionKey)} '{version}' is not a product version; write it like {example}{latest}");
            return null;
        }

        return (version, null);
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProductPattern();
}
