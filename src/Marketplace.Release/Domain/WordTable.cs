namespace Marketplace.Release.Domain;

/// <summary>
/// A domain value's words, one per value: the manifest and the API (docs/contract/marketplace-v3.openapi.json) spell
/// framework, hosting and payment model alike. The one place each enum is turned into text and read back from it.
/// </summary>
internal sealed class WordTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Word)[] entries;

    public WordTable(params (T Value, string Word)[] entries)
    {
        this.entries = entries;
        Values = [.. entries.Select(entry => entry.Value)];
        Words = [.. entries.Select(entry => entry.Word)];
    }

    /// <summary>Every value, in the order messages and the JSON Schema list them.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>Every word, in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<string> Words { get; }

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

    /// <summary>The value <paramref name="word"/> names; null for a word that names none (and for null).</summary>
    public T? Find(string? word, StringComparison comparison)
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
