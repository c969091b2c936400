using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads the optional <c>appListing:</c> section (docs/marketplace-api.md § Presence sections).</summary>
internal sealed class AppListingBinder(ValueReader reader, ImageBinder images)
{
    public AppListingSpec? Bind(SectionView top)
    {
        var section = reader.Section(top["appListing"], "appListing", ManifestVocabulary.AppListing, top.KeyPosition("appListing"));
        if (section is null)
        {
            if (top["appListing"] is ScalarNode { IsNull: true } empty)
            {
                reader.Report(empty.Start, "appListing is empty; give its keys below it (name, summary, tagline, tags, icon, banner, communityEnabled, links) or remove it");
            }

            return null;
        }

        var name = reader.Text(section, "name");
        if (name is not null && name.Trim().Length == 0)
        {
            reader.Report(section["name"]!.Start, "appListing.name is empty; give the app's name, e.g. name: Timesheets for Jira");
            name = null;
        }

        return new AppListingSpec
        {
            Name = name,
            Summary = reader.Text(section, "summary"),
            Tagline = reader.Text(section, "tagline"),
            Tags = Tags(section),
            Icon = section.Has("icon") ? images.ImageOnly(section["icon"], "appListing.icon", section.KeyPosition("icon"), "icon") : null,
            Banner = section.Has("banner") ? images.ImageOnly(section["banner"], "appListing.banner", section.KeyPosition("banner"), "banner") : null,
            CommunityEnabled = reader.Boolean(section["communityEnabled"], "appListing.communityEnabled"),
            Links = Links(section),
        };
    }

    private AppListingTagsSpec? Tags(SectionView appListing)
    {
        var section = reader.Section(appListing["tags"], "appListing.tags", ManifestVocabulary.AppListingTags, appListing.KeyPosition("tags"));
        return section is null ? null : new AppListingTagsSpec(reader.TextList(section, "categories"), reader.TextList(section, "keywords"));
    }

    private AppListingLinksSpec? Links(SectionView appListing)
    {
        var section = reader.Section(appListing["links"], "appListing.links", ManifestVocabulary.AppListingLinks, appListing.KeyPosition("links"));
        return section is null
            ? null
            : new AppListingLinksSpec(
                reader.WebLink(section, "issueTracker"),
                reader.WebLink(section, "supportTicketSystem"),
                reader.WebLink(section, "appStatusPage"),
                reader.WebLink(section, "forums"),
                reader.WebLink(section, "privacy"));
    }
}
