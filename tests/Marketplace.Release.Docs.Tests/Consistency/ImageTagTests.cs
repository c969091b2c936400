using System.Text.RegularExpressions;
using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Docs.Tests.Fixtures;
using Marketplace.Release.Docs.Tests.Markdown;

namespace Marketplace.Release.Docs.Tests.Consistency;

/// <summary>
/// One tag scheme everywhere: the action is used as <c>marketplace-release/marketplace-release@vX.Y.Z</c> and the image
/// as <c>ghcr.io/marketplace-release/marketplace-release:X.Y.Z</c>, X.Y.Z the version in Directory.Build.props (what
/// the next release tag is, and what .github/workflows/release.yml pushes and writes into pipe.yml).
/// </summary>
public sealed partial class ImageTagTests
{
    private static readonly string[] Files = [.. MarkdownBlocks.Files, "pipe.yml", "action.yml", "src/Cake.Marketplace/README.md"];

    [Test]
    public void Every_action_and_image_reference_names_the_current_release()
    {
        var found = Files.SelectMany(file => References(file, File.ReadAllText(Path.Join(RepositoryPaths.Root, file)))).ToList();
        foreach (var reference in found)
        {
            TestContext.Out.WriteLine(reference);
        }

        Assert.That(found.Count(reference => reference.Contains("@", StringComparison.Ordinal)), Is.GreaterThan(0), "no action reference found: is the scan still reading the files?");
        Assert.That(found.Count(reference => reference.Contains("ghcr.io", StringComparison.Ordinal)), Is.GreaterThan(0), "no image reference found");
        Assert.That(found.Where(reference => !reference.EndsWith("@v" + BuildInfo.ProductVersion, StringComparison.Ordinal)
                && !reference.EndsWith(":" + BuildInfo.ProductVersion, StringComparison.Ordinal)),
            Is.Empty, $"every reference pins the current release, {BuildInfo.ProductVersion} (Directory.Build.props)");
    }

    [Test]
    public void The_pipe_runs_the_image_of_the_current_release()
    {
        var image = Yaml.Parse(File.ReadAllText(Path.Join(RepositoryPaths.Root, "pipe.yml"))).Get("image").Scalar();

        Assert.That(image, Is.EqualTo("ghcr.io/marketplace-release/marketplace-release:" + BuildInfo.ProductVersion));
    }

    private static IEnumerable<string> References(string file, string text) =>
        Reference().Matches(text).Select(match => $"{file}: {match.Value}");

    [GeneratedRegex(@"(?:ghcr\.io/)?marketplace-release/marketplace-release[@:][\w.-]+")]
    private static partial Regex Reference();
}
