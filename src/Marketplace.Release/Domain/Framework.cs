namespace Marketplace.Release.Domain;

/// <summary>
/// How an app version is built and delivered: <c>version.framework</c> in the manifest, <c>frameworkDetails.frameworkId</c>
/// in the API (docs/marketplace-api.md § Versions). Its words are <see cref="DomainWords.Frameworks"/>; what follows from it,
/// <see cref="FrameworkFacts"/>.
/// </summary>
public enum Framework
{
    /// <summary>A P2 (or P1) plugin: an uploaded <c>.jar</c> or <c>.obr</c>.</summary>
    Plugin,

    /// <summary>A workflow bundle: an uploaded <c>.jwb</c>.</summary>
    Workflow,

    /// <summary>An Atlassian Connect app: a descriptor, uploaded or fetched from a URL.</summary>
    Connect,

    /// <summary>A Forge app, deployed to Atlassian; the version points at it by its ids.</summary>
    Forge,

    /// <summary>An app hosted outside the Marketplace.</summary>
    External,
}
