namespace Marketplace.Release.Manifest;

/// <summary>One problem in a manifest, at a 1-based line and column, with the fix in plain words.</summary>
public sealed record ManifestDiagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
