namespace Marketplace.Release.Reliability.Tests.Manifests;

/// <summary>A generated manifest that must be refused: its bytes and the kind of breakage, for counting and reports.</summary>
internal sealed record BrokenManifest(string Kind, byte[] Bytes)
{
    public override string ToString()
    {
        var text = System.Text.Encoding.UTF8.GetString(Bytes);
        return $"{Kind} ({Bytes.Length} bytes): {(text.Length > 600 ? text[..600] + "…" : text)}";
    }
}
