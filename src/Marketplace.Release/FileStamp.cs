namespace Marketplace.Release;

/// <summary>
/// A file's length and last write time: taken before and after an upload, a difference means the file was being
/// written while it was sent (a build still running), without hashing it twice to find out.
/// </summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteTimeUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return new FileStamp(info.Length, info.LastWriteTimeUtc);
    }
}
