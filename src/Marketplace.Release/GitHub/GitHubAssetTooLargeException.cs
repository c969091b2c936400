namespace Marketplace.Release.GitHub;

/// <summary>The asset is (or grew while streaming) past the Marketplace's artifact limit; the download was stopped.</summary>
internal sealed class GitHubAssetTooLargeException : Exception
{
    public GitHubAssetTooLargeException(string assetName, long bytes)
        : base($"the release asset {assetName} is over the artifact size limit ({bytes} bytes seen)")
    {
        AssetName = assetName;
        Bytes = bytes;
    }

    public GitHubAssetTooLargeException()
        : this(string.Empty, 0)
    {
    }

    public GitHubAssetTooLargeException(string message)
        : base(message)
    {
        AssetName = string.Empty;
    }

    public GitHubAssetTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
        AssetName = string.Empty;
    }

    public string AssetName { get; }

    public long Bytes { get; }
}
