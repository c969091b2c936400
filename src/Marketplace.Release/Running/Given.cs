namespace Marketplace.Release.Running;

/// <summary>
/// A value a front end was given, with where it came from in the user's words (<c>--base-url</c>, <c>the
/// base-url input</c>, <c>BASE_URL</c>, <c>MarketplaceSettings.BaseUrl</c>), so a refusal names what the user set.
/// </summary>
public sealed record Given<T>(T Value, string Source);
