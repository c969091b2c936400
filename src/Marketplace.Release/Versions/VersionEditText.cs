using Marketplace.Release.Products;

namespace Marketplace.Release.Versions;

/// <summary>The edits of a version as lines, their build numbers named by product version (read once each).</summary>
internal static class VersionEditText
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(IReadOnlyList<VersionEdit> edits, ProductVersions products, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string Product, long Build), string?>();
        foreach (var build in edits.SelectMany(edit => edit.Builds()).Distinct())
        {
            names[build] = await products.VersionNumberAsync(build.Product, build.Build, cancellationToken);
        }

        return [.. edits.Select(edit => edit.Describe((product, build) => names.GetValueOrDefault((product, build))))];
    }
}
