namespace Marketplace.Release.Domain;

/// <summary><see cref="Hosting"/> as the manifest, the API and <c>init --hosting</c> write it: <c>server</c>, <c>datacenter</c>, <c>cloud</c>.</summary>
public static class HostingWords
{
    private static readonly WordTable<Hosting> Table = new(
        (Hosting.Server, "server"),
        (Hosting.DataCenter, "datacenter"),
        (Hosting.Cloud, "cloud"));

    /// <summary>Every hosting's word, in the order messages and the JSON Schema list them.</summary>
    public static IReadOnlyList<string> Words => Table.Words;

    /// <summary>The word of <paramref name="hosting"/>, e.g. <c>datacenter</c>.</summary>
    public static string Word(this Hosting hosting) => Table.Word(hosting);

    /// <summary>The hosting <paramref name="word"/> names exactly (the manifest's spelling); null when it names none.</summary>
    public static Hosting? FromWord(string? word) => Table.Find(word, StringComparison.Ordinal);

    /// <summary>The hosting an API answer names, in any letter case; null when it names none this tool knows.</summary>
    internal static Hosting? FromApiWord(string? word) => Table.Find(word, StringComparison.OrdinalIgnoreCase);
}
