using System.Security.Cryptography;

namespace Marketplace.Release;

/// <summary>Checksums in the Marketplace's notation, <c>sha512:&lt;hex&gt;</c>.</summary>
internal static class FileChecksum
{
    public static async Task<string> Sha512Async(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var hash = await SHA512.HashDataAsync(file, cancellationToken);
        return "sha512:" + Convert.ToHexStringLower(hash);
    }

    /// <summary>True when two checksums name the same digest, whatever the case or a missing prefix.</summary>
    public static bool Same(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        static string Hex(string value) => value.StartsWith("sha512:", StringComparison.OrdinalIgnoreCase) ? value[7..] : value;
        return string.Equals(Hex(left), Hex(right), StringComparison.OrdinalIgnoreCase);
    }
}
