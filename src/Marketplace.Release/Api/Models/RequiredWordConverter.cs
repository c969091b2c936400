using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>A domain value that must be present, as its API word (<see cref="DomainWordsConverterFactory"/>).</summary>
internal sealed class RequiredWordConverter<T>(WordTable<T> words) : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return words.FromApiWord(text) ?? throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a {typeof(T).Name} word");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(words.Word(value));
}
