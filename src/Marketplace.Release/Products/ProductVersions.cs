using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;

namespace Marketplace.Release.Products;

/// <summary>
/// The parent software API as the release needs it: a product version to its build number, the newest released
/// version for <c>max: latest</c>, and a build number back to its product version (to show a change as
/// <c>jira 9.12.0–10.4.1</c>). Each answer is read once per run, also when asked for from several threads at once
/// (resolve sends its look-ups side by side).
/// </summary>
internal sealed class ProductVersions(IMarketplaceApi client)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Task<IReadOnlyList<ParentSoftwareVersion>?>> lists = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Product, long Build), string?> names = [];

    /// <summary>
    /// <c>max: latest</c> (docs/marketplace-api.md § Latest product version): the newest version of <paramref name="product"/> whose <c>state</c> is
    /// <c>active</c> and whose <c>hosting</c> includes <paramref name="hosting"/>, from every page of
    /// <c>GET /rest/3/parent-software/{id}/versions</c>.
    /// </summary>
    /// <exception cref="ReleaseFailedException">The product is unknown or has no such version (exit 4).</exception>
    public async Task<ParentSoftwareVersion> LatestAsync(string product, Hosting hosting, CancellationToken cancellationToken)
    {
        var versions = await ListAsync(product, cancellationToken)
            ?? throw new ReleaseFailedException(FailureKind.Refused,
                $"the Marketplace knows no product '{product}' (max: latest)",
                "use a parentSoftwareId the Marketplace knows in compatibility (jira, confluence, bitbucket, bamboo, …)");
        return Newest(versions, hosting)
            ?? throw new ReleaseFailedException(FailureKind.Refused,
                $"{product} has no active version for {hosting.Word()} (max: latest)",
                $"give max as a released {product} version number, or maxBuild as a build number");
    }

    /// <summary>The newest active version for the hosting, by build number (the list's order is not relied on); null when there is none.</summary>
    public static ParentSoftwareVersion? Newest(IEnumerable<ParentSoftwareVersion> versions, Hosting hosting) =>
        versions
            .Where(version => version.State == VersionState.Active)
            .Where(version => version.Hosting?.Contains(hosting) == true)
            .MaxBy(version => version.BuildNumber);

    /// <summary>The build number of a product version; null when the product has no such version.</summary>
    public async Task<long?> BuildNumberAsync(string product, string versionNumber, CancellationToken cancellationToken)
    {
        var build = await client.GetParentSoftwareBuildNumberAsync(product, versionNumber, cancellationToken);
        if (build is { } known)
        {
            lock (gate)
            {
                names[(product, known)] = versionNumber;
            }
        }

        return build;
    }

    /// <summary>
    /// The product version of a build number (<c>…/versions/build/{b}</c>, or a list already read); null when no
    /// product version has it (a compatibility given as <c>minBuild</c>/<c>maxBuild</c> may point between releases).
    /// </summary>
    public async Task<string?> VersionNumberAsync(string product, long buildNumber, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<ParentSoftwareVersion>?>? list;
        lock (gate)
        {
            if (names.TryGetValue((product, buildNumber), out var known))
            {
                return known;
            }

            list = lists.GetValueOrDefault(product);
        }

        var listed = list is { IsCompletedSuccessfully: true } ? list.Result?.FirstOrDefault(version => version.BuildNumber == buildNumber) : null;
        var name = listed is not null
            ? listed.VersionNumber
            : (await client.GetParentSoftwareVersionByBuildAsync(product, buildNumber, cancellationToken))?.VersionNumber;
        lock (gate)
        {
            names[(product, buildNumber)] = name;
        }

        return name;
    }

    /// <summary>Every version of <paramref name="product"/> (all pages, read once per run); null when the product is unknown.</summary>
    public Task<IReadOnlyList<ParentSoftwareVersion>?> ListedAsync(string product, CancellationToken cancellationToken) =>
        ListAsync(product, cancellationToken);

    private async Task<IReadOnlyList<ParentSoftwareVersion>?> ListAsync(string product, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<ParentSoftwareVersion>?> versions;
        lock (gate)
        {
            if (!lists.TryGetValue(product, out versions!) || versions.IsFaulted || versions.IsCanceled)
            {
                versions = client.ListParentSoftwareVersionsAsync(product, cancellationToken);
                lists[product] = versions;
            }
        }

        return await versions;
    }
}
