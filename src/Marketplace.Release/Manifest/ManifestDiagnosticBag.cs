using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest;

/// <summary>Collects every problem of one manifest so that a single run reports all of them.</summary>
internal sealed class ManifestDiagnosticBag(string fileDisplayName)
{
    private readonly List<ManifestDiagnostic> diagnostics = [];

    /// <summary>The manifest's path as shown in messages: relative to the workspace, with forward slashes.</summary>
    public string FileDisplayName { get; } = fileDisplayName;

    public int Count => diagnostics.Count;

    public bool IsFull => diagnostics.Count >= ManifestLimits.MaxDiagnostics;

    public IReadOnlyList<ManifestDiagnostic> Diagnostics => diagnostics;

    public void Add(SourcePosition position, string message) => Add(position.Line, position.Column, message);

    public void Add(int line, int column, string message)
    {
        // A value read twice (e.g. max, to tell 'latest' from a version) reports the same problem once.
        var diagnostic = new ManifestDiagnostic(FileDisplayName, line, column, message);
        if (!IsFull && !diagnostics.Contains(diagnostic))
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Takes the diagnostics of another file the manifest names (e.g. <c>privacySecurity.file</c>), which keep their file name.</summary>
    public void AddFrom(ManifestDiagnosticBag other)
    {
        foreach (var diagnostic in other.Diagnostics)
        {
            if (!IsFull && !diagnostics.Contains(diagnostic))
            {
                diagnostics.Add(diagnostic);
            }
        }
    }

    public void ThrowIfAny()
    {
        if (diagnostics.Count > 0)
        {
            // The manifest's own problems first, in source order; those of files it names after them.
            var ordered = diagnostics.OrderBy(d => d.File != FileDisplayName).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
            throw new ManifestException(ordered);
        }
    }
}
