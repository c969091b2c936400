namespace Marketplace.Release.Domain;

/// <summary>
/// A domain value's words, one per value (<see cref="DomainWords"/> holds the tables). The manifest and the API
/// (docs/contract/marketplace-v3.openapi.json) spell framework, hosting and payment model alike.
/// </summary>
public sealed class WordTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Word)[] entries;

    internal WordTable(params (T Value, string Word)[] entries)
    {
        this.entries = entries;
        Values = [.. entries.Select(entry => entry.Value)];
        Words = [.. entries.Select(entry => entry.Word)];
    }

    /// <summary>Every value, in the order messages and the JSON Schema list them.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>Every word, in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The word of <paramref name="value"/>, e.g. <c>datacenter</c>.</summary>
    public string Word(T value)
    {
        foreach (var entry in entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Word;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} {value} has no word");
    }

    /// <summary>The value <paramref name="word"/> names exactly (the manifest's and a front end's spelling); null when it names none.</summary>
    public T? FromWord(string? word) => Find(word, StringComparison.Ordinal);

    /// <summary>The value an API answer names, in any letter case; null when it names none this tool knows.</summary>
    internal T? FromApiWord(string? word) => Find(word, StringComparison.OrdinalIgnoreCase);

    private T? Find(string? word, StringComparison comparison)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Word, word, comparison))
            {
                return entry.Value;
            }
        }

        return null;
    }
}
