using Cake.Marketplace.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Consistency;

/// <summary>
/// docs/architecture.md names every folder of the engine and of the CLI (as <c>`path/`</c>), so a newcomer finds each
/// one explained, and a folder added without a line there fails here.
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
