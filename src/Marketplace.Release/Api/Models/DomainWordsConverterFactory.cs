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
        type == typeof(Framework) ? new RequiredWordConverter<Framework>(FrameworkWords.Word, FrameworkWords.FromApiWord)
        : type == typeof(Framework?) ? new OptionalWordConverter<Framework>(FrameworkWords.Word, FrameworkWords.FromApiWord)
        : type == typeof(Hosting) ? new RequiredWordConverter<Hosting>(HostingWords.Word, HostingWords.FromApiWord)
        : type == typeof(Hosting?) ? new OptionalWordConverter<Hosting>(HostingWords.Word, HostingWords.FromApiWord)
        : type == typeof(PaymentModel) ? new RequiredWordConverter<PaymentModel>(PaymentModelWords.Word, PaymentModelWords.FromApiWord)
        : type == typeof(PaymentModel?) ? new OptionalWordConverter<PaymentModel>(PaymentModelWords.Word, PaymentModelWords.FromApiWord)
        : null;
}
