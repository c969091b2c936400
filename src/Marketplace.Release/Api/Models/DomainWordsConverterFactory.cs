using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// Framework, hosting and payment model in request and response bodies as their API words, through the one mapping
/// each has in <c>Domain/</c>. A required value must be a known word; an optional one (<c>Framework?</c>…) reads a word
/// this tool does not know as null, so a value the API adds later does not make a whole answer unreadable.
/// </summary>
internal sealed class DomainWordsConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => Create(typeToConvert) is not null;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Create(typeToConvert);

    private static JsonConverter? Create(Type type) =>
        type == typeof(Framework) ? new RequiredWordConverter<Framework>(DomainWords.Frameworks)
        : type == typeof(Framework?) ? new OptionalWordConverter<Framework>(DomainWords.Frameworks)
        : type == typeof(Hosting) ? new RequiredWordConverter<Hosting>(DomainWords.Hostings)
        : type == typeof(Hosting?) ? new OptionalWordConverter<Hosting>(DomainWords.Hostings)
        : type == typeof(PaymentModel) ? new RequiredWordConverter<PaymentModel>(DomainWords.PaymentModels)
        : type == typeof(PaymentModel?) ? new OptionalWordConverter<PaymentModel>(DomainWords.PaymentModels)
        : null;
}
