using Marketplace.Release.Progress;

namespace Marketplace.Release.Manifest;

/// <summary>The manifest is invalid; <see cref="Diagnostics"/> lists every problem found (never empty).</summary>
public sealed class ManifestException : Exception
{
    public ManifestException(IReadOnlyList<ManifestDiagnostic> diagnostics)
        : base(diagnostics.Count == 1 ? diagnostics[0].ToString() : $"{Counted.Of(diagnostics.Count, "problem")} in the manifest; the first: {diagnostics[0]}")
    {
        Diagnostics = diagnostics;
    }

    public ManifestException() : this([new ManifestDiagnostic("manifest", 1, 1, "invalid manifest")])
    {
    }

    public ManifestException(string message) : this([new ManifestDiagnostic("manifest", 1, 1, message)])
    {
    }

    public ManifestException(string message, Exception innerException) : base(message, innerException)
    {
        Diagnostics = [new ManifestDiagnostic("manifest", 1, 1, message)];
    }

    public IReadOnlyList<ManifestDiagnostic> Diagnostics { get; }
}
