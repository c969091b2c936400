namespace Marketplace.Release.Domain;

/// <summary>
/// Where the app's customers run it: <c>app.hosting</c> (and a target's <c>hosting</c>) in the manifest, the app
/// software's <c>hosting</c> in the API (docs/marketplace-api.md § App software). Its words are <see cref="DomainWords.Hostings"/>.
/// </summary>
public enum Hosting
{
    Server,

    DataCenter,

    Cloud,
}
