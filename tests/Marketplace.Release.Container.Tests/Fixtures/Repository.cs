namespace Marketplace.Release.Container.Tests.Fixtures;

internal static class Repository
{
    /// <summary>The folder holding MarketplaceRelease.slnx, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
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
