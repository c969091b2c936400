using Cake.Marketplace.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Consistency;

/// <summary>
/// docs/architecture.md names every folder of the engine and of the CLI (as <c>`path/`</c>), so a newcomer finds each
/// one explained, and a folder added without a line there fails here; the README's layout names each top-level one.
/// </summary>
public sealed class ArchitecturePageTests
{
    private static readonly string[] Projects = ["src/Marketplace.Release", "action"];

    [Test]
    public void The_architecture_page_names_every_engine_and_cli_folder()
    {
        var page = File.ReadAllText(Path.Join(RepositoryPaths.Root, "docs", "architecture.md"));
        var folders = Projects.SelectMany(FoldersOf).ToList();

        Assert.That(folders, Has.Count.GreaterThan(20), "the scan found almost no folders: is it still reading the projects?");
        Assert.That(folders.Where(folder => !page.Contains($"`{folder}/`", StringComparison.Ordinal))
                .Select(folder => $"docs/architecture.md does not name `{folder}/`: add a line saying what it holds"),
            Is.Empty);
    }

    [Test]
    public void The_readme_layout_names_every_top_level_engine_and_cli_folder()
    {
        var readme = File.ReadAllText(Path.Join(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("<!-- docs-test: output the repository's layout -->", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "README.md has no layout block");
        var layout = readme[start..readme.IndexOf("```", readme.IndexOf("```", start, StringComparison.Ordinal) + 3, StringComparison.Ordinal)];
        var folders = Projects
            .SelectMany(project => Directory.EnumerateDirectories(Path.Join(RepositoryPaths.Root, project)))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && !name!.StartsWith('.'))
            .ToList();

        Assert.That(folders, Has.Count.GreaterThan(10), "the scan found almost no folders: is it still reading the projects?");
        Assert.That(folders.Where(folder => !layout.Contains($"{folder}/", StringComparison.Ordinal))
                .Select(folder => $"README.md's layout does not name {folder}/: add it with what it holds"),
            Is.Empty);
    }

    private static IEnumerable<string> FoldersOf(string project)
    {
        var root = Path.Join(RepositoryPaths.Root, project);
        return Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" || part.StartsWith('.')))
            .Prepend(project)
            .Order(StringComparer.Ordinal);
    }
}
