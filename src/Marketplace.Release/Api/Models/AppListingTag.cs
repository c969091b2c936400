using System.Text.Json.Serialization;

namespace Marketplace.Release.Api.Models;

/// <summary>
/// One app listing tag. Read from either form (the GET's <c>{id, name}</c> object or a plain string), always written as
/// the plain string (its id) the PUT takes: the reference's PUT example sends <c>"category": ["productivity", …]</c>.
/// </summary>
[JsonConverter(typeof(AppListingTagConverter))]
internal sealed record AppListingTag(string Id, string? Name);
