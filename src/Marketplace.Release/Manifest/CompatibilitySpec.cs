namespace Marketplace.Release.Manifest;

/// <summary>
/// One compatibility entry. Each bound is either a product version (resolved to a build number through the
/// parent software API) or a build number given directly; exactly one of each pair is set, except that the upper
/// bound may be <see cref="MaxLatest"/> instead.
/// </summary>
/// <param name="Product">The parentSoftwareId, e.g. <c>jira</c>.</param>
public sealed record CompatibilitySpec(string Product, string? MinVersion, long? MinBuild, string? MaxVersion, long? MaxBuild)
{
    /// <summary>
    /// <c>max: latest</c> (docs/marketplace-api.md § Latest product version): the upper bound is the newest version of <see cref="Product"/> whose
    /// <c>state</c> is <c>active</c> and whose <c>hosting</c> includes <c>app.hosting</c>, from
    /// <c>GET /rest/3/parent-software/{id}/versions</c> (all pages), resolved at release time. When true,
    /// <see cref="MaxVersion"/> and <see cref="MaxBuild"/> are both null.
    /// </summary>
    public bool MaxLatest { get; init; }
}
