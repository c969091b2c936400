namespace Marketplace.Release.Docs.Tests.Markdown;

/// <summary>
/// One fenced code block of a Markdown file: where it starts, its info string (the language), its text, and the
/// <c>&lt;!-- docs-test: … --&gt;</c> marker on the line before it, if any.
/// </summary>
internal sealed record FencedBlock(string File, int Line, string Language, string Text, string? Marker)
{
    public override string ToString() => $"{File}:{Line} ({(Language.Length == 0 ? "no language" : Language)})";
}
