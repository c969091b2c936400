namespace Marketplace.Release.Api;

/// <summary>Where and as whom to talk to the Marketplace. <see cref="ToString"/> never shows the token.</summary>
public sealed record MarketplaceConnection(Uri BaseUrl, string User, string ApiToken)
{
    public const string DefaultBaseUrl = "https://api.atlassian.com/marketplace";

    public override string ToString() => $"{BaseUrl} as {User}";
}
