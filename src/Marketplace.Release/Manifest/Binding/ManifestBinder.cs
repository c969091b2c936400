using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Turns the node tree into the parts of a <see cref="ReleasePlan"/>, one section binder per top-level section, each
/// checking every rule of its section. Problems go to the diagnostic bag; the loader throws when it holds any, so
/// partial results never escape.
/// </summary>
internal sealed class ManifestBinder
{
    private readonly ValueReader reader;
    private readonly AppBinder appBinder;
    private readonly GitHubBinder gitHubBinder;
    private readonly VersionBinder versionBinder;
    private readonly ListingBinder listingBinder;
    private readonly AppListingBinder appListingBinder;
    private readonly CloudMigrationBinder cloudMigrationBinder;
    private readonly PrivacySecurityBinder privacySecurityBinder;
    private readonly GatesBinder gatesBinder;
    private readonly TargetsBinder targetsBinder;
    private readonly IEnvironmentReader environment;

    public ManifestBinder(ValueReader reader, WorkspaceFileResolver files, IEnvironmentReader environment)
    {
        this.reader = reader;
        this.environment = environment;
        var textFiles = new BoundedTextFile(reader);
        var images = new ImageBinder(reader, files);
        appBinder = new AppBinder(reader);
        gitHubBinder = new GitHubBinder(reader, environment);
        versionBinder = new VersionBinder(reader, files, textFiles);
        listingBinder = new ListingBinder(reader, images);
        appListingBinder = new AppListingBinder(reader, images);
        cloudMigrationBinder = new CloudMigrationBinder(reader);
        privacySecurityBinder = new PrivacySecurityBinder(reader, files, textFiles);
        gatesBinder = new GatesBinder(reader);
        targetsBinder = new TargetsBinder(reader, gitHubBinder, versionBinder, listingBinder);
    }

    /// <summary>The bound sections, or null when the top level is not usable at all (the reason is reported).</summary>
    public BoundManifest? Bind(ManifestNode root)
    {
        if (root is ScalarNode { IsNull: true })
        {
            reader.Report(SourcePosition.Start, "the manifest is empty; start it with 'schema: 1', then the app and version sections");
            return null;
        }

        if (root is not MappingNode)
        {
            reader.Report(root.Start, $"the manifest must be a mapping of keys (schema, app, version, listing, github), not {root.KindDescription}");
            return null;
        }

        var top = reader.Section(root, "", ManifestVocabulary.Root, SourcePosition.Start)!;
        CheckSchemaVersion(top);
        var app = appBinder.Bind(top);
        var gitHub = gitHubBinder.Bind(top);
        // With targets the top-level version and listing are what the targets share, checked as part of each target.
        var targets = top.Has("targets") ? targetsBinder.Bind(top, app) : null;
        var version = top.Has("targets") ? targets?[0].Version : versionBinder.Bind(top, gitHub);
        var listing = targets is not null ? targets[0].Listing : listingBinder.Bind(top["listing"], top.KeyPosition("listing"));
        if (top["listing"] is ScalarNode { IsNull: true } emptyListing)
        {
            reader.Report(emptyListing.Start, "listing is empty; give its keys below it (state, moreDetails, …) or remove it");
        }

        var appListing = appListingBinder.Bind(top);
        var cloudMigration = cloudMigrationBinder.Bind(top);
        var privacySecurity = privacySecurityBinder.Bind(top);
        var gates = gatesBinder.Bind(top);
        var developerId = DeveloperIds.Resolve(reader, top, app?.DeveloperId, environment.Get(ManifestVocabulary.DeveloperIdVariable));

        return app is null || version is null
            ? null
            : new BoundManifest(app, version, listing, gitHub?.Spec)
            {
                Targets = targets ?? [],
                DeveloperId = developerId,
                AppListing = appListing,
                CloudMigration = cloudMigration,
                PrivacySecurity = privacySecurity,
                Gates = gates,
            };
    }

    private void CheckSchemaVersion(SectionView top)
    {
        var schema = reader.RequiredText(top, "schema", "1");
        if (schema is not null && schema != "1")
        {
            reader.Report(top["schema"]!.Start, $"schema must be 1, the only manifest format this version of marketplace-release reads, not '{schema}'");
        }
    }
}
