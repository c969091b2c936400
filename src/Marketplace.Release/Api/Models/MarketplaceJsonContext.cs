using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>Source-generated JSON for every body the client reads or writes: no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AppSoftware[]))]
[JsonSerializable(typeof(ArtifactResponse))]
[JsonSerializable(typeof(ArtifactFetchRequest))]
[JsonSerializable(typeof(ImageResponse))]
[JsonSerializable(typeof(ParentSoftwareVersion))]
[JsonSerializable(typeof(ParentSoftwareVersionsPage))]
[JsonSerializable(typeof(VersionCreateRequest))]
[JsonSerializable(typeof(VersionResponse))]
[JsonSerializable(typeof(VersionsPage))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class MarketplaceJsonContext : JsonSerializerContext;
