using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>Source-generated JSON for every body the client reads or writes: no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(DomainWordsConverterFactory)])]
[JsonSerializable(typeof(AppListing))]
[JsonSerializable(typeof(AppSoftware[]))]
[JsonSerializable(typeof(ArtifactResponse))]
[JsonSerializable(typeof(ArtifactFetchRequest))]
[JsonSerializable(typeof(DeveloperListingsPage))]
[JsonSerializable(typeof(FeedbackPage))]
[JsonSerializable(typeof(MetricQueryBody))]
[JsonSerializable(typeof(MetricTimeSeries))]
[JsonSerializable(typeof(ParentSoftwarePage))]
[JsonSerializable(typeof(ImageResponse))]
[JsonSerializable(typeof(IReadOnlyList<JsonPatchOperation>))]
[JsonSerializable(typeof(MigrationInfo))]
[JsonSerializable(typeof(ParentSoftwareVersion))]
[JsonSerializable(typeof(PrivacySecurityInfo))]
[JsonSerializable(typeof(ParentSoftwareVersionsPage))]
[JsonSerializable(typeof(VersionCreateRequest))]
[JsonSerializable(typeof(VersionResponse))]
[JsonSerializable(typeof(VersionsPage))]
[JsonSerializable(typeof(JsonObject))]
// Extension data (the fields a model echoes without typing them) is read through JsonElement.
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class MarketplaceJsonContext : JsonSerializerContext;
