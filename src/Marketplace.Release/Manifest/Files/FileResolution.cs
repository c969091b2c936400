namespace Marketplace.Release.Manifest.Files;

/// <summary>Either the absolute real path of a file inside the workspace, or why there is none (a message tail in plain words).</summary>
internal sealed record FileResolution(string? FullPath, string? Problem)
{
    public static FileResolution Found(string fullPath) => new(fullPath, null);

    public static FileResolution Failed(string problem) => new(null, problem);
}
