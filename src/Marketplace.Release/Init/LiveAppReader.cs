using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Products;
using Marketplace.Release.Failures;
using Marketplace.Release.Running;

namespace Marketplace.Release.Init;

/// <summary>Reads what <c>init</c> writes a manifest from; reads only.</summary>
internal static class LiveAppReader
{
    public static async Task<LiveApp> ReadAsync(MarketplaceClient client, string appKey, Hosting hosting, ISettingNames names, CancellationToken cancellationToken)
    {
        var software = await client.GetAppSoftwareAsync(appKey, hosting, cancellationToken);
        var match = software?.FirstOrDefault(s => s.Hosting == hosting)
            ?? throw new ReleaseFailedException(FailureKind.Refused,
                software is null
                    ? $"the Marketplace has no app with the key '{appKey}'"
                    : $"the app '{appKey}' has no {hosting.Word()} hosting{(software.Count > 0 ? $" (it has: {string.Join(", ", software.Select(s => s.Hosting?.Word()))})" : string.Empty)}",
                $"check {names[Setting.AppKey]} and {names[Setting.Hosting]}; init reads an app that exists on the Marketplace");
        var appSoftwareId = match.AppSoftwareId;
        var newest = (await client.ListVersionsAsync(appSoftwareId, cancellationToken)).MaxBy(v => v.BuildNumber)
            ?? throw new ReleaseFailedException(FailureKind.Refused,
                $"the app '{appKey}' has no {hosting.Word()} version yet",
                "release its first version with a manifest written by hand (see the README), then init can read it");

        // The list may show a version in brief; the version's own GET is the whole of it.
        var version = await client.GetVersionAsync(appSoftwareId, newest.BuildNumber, cancellationToken) ?? newest;
        var products = new ProductVersions(client);
        var compatibility = new List<LiveCompatibility>();
        foreach (var range in version.Compatibilities ?? [])
        {
            compatibility.Add(new LiveCompatibility(
                range.ParentSoftwareId,
                new LiveBound(range.MinBuildNumber, await products.VersionNumberAsync(range.ParentSoftwareId, range.MinBuildNumber, cancellationToken)),
                new LiveBound(range.MaxBuildNumber, await products.VersionNumberAsync(range.ParentSoftwareId, range.MaxBuildNumber, cancellationToken))));
        }

        string? artifactUrl = null;
        string? artifactFileName = null;
        if (version.FrameworkDetails?.FrameworkId?.PointsAtArtifact() == true && DesiredVersion.LiveArtifactId(version) is { } artifactId)
        {
            var artifact = await client.GetArtifactAsync(artifactId, cancellationToken);
            artifactFileName = artifact?.FileInfo?.LogicalFileName;
            var href = artifact?.Links?.Binary?.Href ?? $"rest/3/artifacts/{Uri.EscapeDataString(artifactId)}/download";
            artifactUrl = Absolute(client.Connection.BaseUrl, href);
        }

        var listing = await client.GetListingAsync(appSoftwareId, version.BuildNumber, cancellationToken);
        return new LiveApp(appKey, hosting, appSoftwareId, version, compatibility, listing, artifactUrl, artifactFileName);
    }

    /// <summary>Hrefs may be relative to the base (docs/marketplace-api.md § Relative links): <c>/rest/3/…</c> below <c>…/marketplace</c>.</summary>
    private static string Absolute(Uri baseUrl, string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.ToString()
            : $"{baseUrl.ToString().TrimEnd('/')}/{href.TrimStart('/')}";
}
