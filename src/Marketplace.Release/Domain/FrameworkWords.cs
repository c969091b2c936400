namespace Marketplace.Release.Domain;

/// <summary><see cref="Framework"/> as the manifest and the API write it: <c>plugin</c>, <c>workflow</c>, <c>connect</c>, <c>forge</c>, <c>external</c>.</summary>
public static class FrameworkWords
{
    private static readonly WordTable<Framework> Table = new(
        (Framework.Plugin, "plugin"),
        (Framework.Workflow, "workflow"),
        (Framework.Connect, "connect"),
        (Framework.Forge, "forge"),
        (Framework.External, "external"));

    /// <summary>Every framework's word, in the order messages and the JSON Schema list them.</summary>
    public static IReadOnlyList<string> Words => Table.Words;

    /// <summary>The word of <paramref name="framework"/>, e.g. <c>connect</c>.</summary>
    public static string Word(this Framework framework) => Table.Word(framework);

    /// <summary>The framework <paramref name="word"/> names exactly (the manifest's spelling); null when it names none.</summary>
    public static Framework? FromWord(string? word) => Table.Find(word, StringComparison.Ordinal);

    /// <summary>The framework an API answer names, in any letter case; null when it names none this tool knows.</summary>
    internal static Framework? FromApiWord(string? word) => Table.Find(word, StringComparison.OrdinalIgnoreCase);
}
