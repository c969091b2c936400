namespace Marketplace.Release.Api;

/// <summary>
/// What the 201 of <c>POST …/versions</c> says (it has no body): the <c>Location</c> header as sent, and the build
/// number its last segment names. The Marketplace assigns the build number of connect and forge versions, so this
/// is the only place the client learns it (docs/marketplace-api.md § Versions: "201 with a Location header and no body").
/// </summary>
/// <param name="BuildNumber">Null when the answer had no <c>Location</c>, or one that names no version of this app software.</param>
/// <param name="Location">The header's text, for messages; null when absent.</param>
internal sealed record CreatedVersion(long? BuildNumber, string? Location);
