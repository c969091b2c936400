namespace Marketplace.Release.Tests.Manifest;

/// <summary>One manifest of the corpus; <paramref name="Expected"/> is (part of) the error <c>validate</c> gives, null when valid.</summary>
internal sealed record ManifestCase(string Name, string Yaml, string? Expected)
{
    public override string ToString() => Name.ReplaceLineEndings("⏎");
}
