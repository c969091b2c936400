using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// A domain value that may be absent, as its API word (<see cref="DomainWordsConverterFactory"/>): null, a word this
/// tool does not know, or a value that is not text read as null.
/// </summary>
internal sealed class OptionalWordConverter<T>(WordTable<T> words) : JsonConverter<T?>
    where T : struct, Enum
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return words.FromApiWord(reader.GetString());
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } known)
        {
            writer.WriteStringValue(words.Word(known));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
