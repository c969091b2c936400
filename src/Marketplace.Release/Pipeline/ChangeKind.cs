namespace Marketplace.Release.Pipeline;

/// <summary>
/// What a step's change does to the Marketplace (or GitHub). Every <see cref="StepDecision.Change"/> names one; the
/// release's status is worked out from them (<see cref="ReleaseStatusRule"/>), never from the steps' names.
/// </summary>
internal enum ChangeKind
{
    /// <summary>An artifact or listing images uploaded (or fetched by the Marketplace).</summary>
    Upload,

    /// <summary>A new version created.</summary>
    NewVersion,

    /// <summary>
    /// An existing version's editable fields (compatibility, supported, beta, release summary and notes) changed in
    /// place by one version PUT (docs/marketplace-api.md § Compatibility updates).
    /// </summary>
    InPlaceUpdate,

    /// <summary>The version listing created, published, or its content brought in line.</summary>
    VersionListing,

    /// <summary>The app's presence: its app listing, Cloud migration record, or privacy and security answers.</summary>
    Presence,

    /// <summary>The GitHub release's body edited (the link back to the Marketplace).</summary>
    GitHubRelease,
}
