namespace Marketplace.Release.Domain;

/// <summary>
/// The one table between a domain enum and the words the Marketplace API writes for it. A word is parsed once,
/// where an API body is read (case does not matter: the API has been seen to write both cases), and written only
/// where a body is sent or a word is shown. A word the table does not know parses to the enum's unknown value, so a
/// state the API adds later is carried, not refused. No reflection: AOT-safe.
/// </summary>
/// <typeparam name="T">The domain enum.</typeparam>
internal sealed class ApiWords<T>
    where T : struct, Enum
{
    private readonly T unknown;
    private readonly (T Value, string Word)[] words;

    /// <param name="unknown">The value of a word the API may add; it has no word of its own.</param>
    /// <param name="words">Every other value with its API word.</param>
    public ApiWords(T unknown, params (T Value, string Word)[] words)
    {
        this.unknown = unknown;
        this.words = words;
    }

    /// <summary>Every value with its word (the unknown value is not among them).</summary>
    public IReadOnlyList<(T Value, string Word)> All => words;

    /// <summary>The value of an API word; null when the body has none, the unknown value for a word not in the table.</summary>
    public T? Parse(string? word)
    {
        if (word is null)
        {
            return null;
        }

        foreach (var (value, known) in words)
        {
            if (string.Equals(known, word, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return unknown;
    }

    /// <summary>The API word of a value, as the API writes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For the unknown value, which has no word.</exception>
    public string Word(T value)
    {
        foreach (var (known, word) in words)
        {
            if (EqualityComparer<T>.Default.Equals(known, value))
            {
                return word;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "no API word: the value stands for a word the API wrote that this tool does not know");
    }
}
