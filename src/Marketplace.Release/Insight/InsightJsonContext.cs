using System.Text.Json.Serialization;

namespace Marketplace.Release.Insight;

/// <summary>Source-generated JSON of the report (<c>--json</c>): no reflection, AOT-safe; dates as yyyy-MM-dd.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(InsightReport))]
internal sealed partial class InsightJsonContext : JsonSerializerContext;
