namespace Cake.Marketplace.Tests.Fixtures;

/// <summary>Where the repository is, found from the test binaries upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Join(folder.FullName, "MarketplaceRelease.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MarketplaceRelease.slnx not found above " + AppContext.BaseDirectory);
    }
}
