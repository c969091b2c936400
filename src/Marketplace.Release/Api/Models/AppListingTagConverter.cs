using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>Reads a tag as <c>"id"</c> or <c>{"id": …, "name": …}</c>; writes it as <c>"id"</c> (see <see cref="AppListingTag"/>).</summary>
internal sealed class AppListingTagConverter : JsonConverter<AppListingTag>
{
    public override AppListingTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new AppListingTag(reader.GetString()!, null);
            case JsonTokenType.StartObject:
                string? id = null;
                string? name = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var property = reader.GetString();
                    reader.Read();
                    if (string.Equals(property, "id", StringComparison.OrdinalIgnoreCase) && reader.TokenType == JsonTokenType.String)
                    {
                        id = reader.GetString();
                    }
                    else if (string.Equals(property, "name", StringComparison.OrdinalIgnoreCase) && reader.TokenType == JsonTokenType.String)
                    {
                        name = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return new AppListingTag(id ?? throw new JsonException("a tag object has no id"), name);
            default:
                throw new JsonException($"a tag is a string or an {{id, name}} object, not {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, AppListingTag value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
