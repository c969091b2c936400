using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Docs.Tests.Markdown;

namespace Marketplace.Release.Docs.Tests.Consistency;

/// <summary>Every file or folder of this repository that README.md, docs/*.md or a project file's comment cites exists.</summary>
public sealed class CitedPathTests
{
    [Test]
    public void Every_path_the_documentation_and_the_project_files_cite_exists()
    {
        var markdown = MarkdownBlocks.Files.SelectMany(file => CitedPaths.InMarkdown(file, File.ReadAllText(Path.Join(RepositoryPaths.Root, file))));
        var projects = Directory.EnumerateFiles(RepositoryPaths.Root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".csproj", StringComparison.Ordinal) || path.EndsWith(".props", StringComparison.Ordinal) || path.EndsWith(".targets", StringComparison.Ordinal))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
            .SelectMany(file => CitedPaths.InXmlComments(file, File.ReadAllText(Path.Join(RepositoryPaths.Root, file))));
        var cited = markdown.Concat(projects).Distinct().ToList();
        foreach (var (source, path) in cited)
        {
            TestContext.Out.WriteLine($"{source}: {path}{(CitedPaths.NotOurs.TryGetValue(path, out var why) ? $" (not ours: {why})" : "")}");
        }

        Assert.That(cited, Has.Count.GreaterThan(20), "the scan found almost nothing: is it still reading the files?");
        Assert.That(cited.Where(entry => !CitedPaths.NotOurs.ContainsKey(entry.Path) && !CitedPaths.Exists(entry.Path)).Select(entry => $"{entry.Source} cites {entry.Path}, which does not exist"),
            Is.Empty);
    }
}
