using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// The JSON Patch operations this client sends. The reference supports <c>replace</c> ("update an existing field
/// value"), <c>add</c> ("add a new field or update an existing one") and <c>remove</c>; the manifest never removes a field.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<JsonPatchOp>))]
internal enum JsonPatchOp
{
    [JsonStringEnumMemberName("add")]
    Add,

    [JsonStringEnumMemberName("replace")]
    Replace,
}
