using System.Text.RegularExpressions;
using Cake.Marketplace.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Consistency;

/// <summary>
/// A clone holds only this repository, so no source file or document may send a reader to a document outside it: the
/// team's shared folder, its product specification by section, or the prose pages the API notes were written from
/// (docs/marketplace-api.md and docs/contract/ hold what the code relies on).
/// </summary>
public sealed partial class OutOfRepoCitationTests
{
    // Each name is written with one letter in brackets, so this file does not itself read as such a citation.
    [GeneratedRegex(@"\.\./sh[a]red|product-sp[e]c|sp[e]c §|v3-f[a]cts|v3-[a-z-]+\.txt|postman-c[o]llection", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfRepoCitation();

    private static readonly string[] Extensions = [".cs", ".md", ".yml", ".yaml", ".json", ".sh", ".props", ".csproj"];

    [Test]
    public void No_source_file_or_document_cites_a_document_outside_the_repository()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Root, "*.*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .Where(path => Extensions.Contains(Path.GetExtension(path)))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "node_modules"))
            .ToList();

        var citations = files
            .SelectMany(file => File.ReadLines(Path.Join(RepositoryPaths.Root, file))
                .Select((line, index) => (file, line: index + 1, match: OutOfRepoCitation().Match(line)))
                .Where(hit => hit.match.Success)
                .Select(hit => $"{hit.file}:{hit.line} cites '{hit.match.Value}', which a clone does not have"))
            .ToList();

        Assert.That(files, Has.Count.GreaterThan(300), "the scan found almost nothing: is it still reading the repository?");
        Assert.That(citations, Is.Empty);
    }
}
