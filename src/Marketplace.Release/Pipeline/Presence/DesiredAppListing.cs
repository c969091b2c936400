using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Pipeline.Presence;

/// <summary>
/// The app listing the manifest asks for: the live one (every field it does not manage kept as the GET showed it,
/// read-only ones included) with the <c>appListing:</c> section's values put in. The manifest's names map to the
/// API's here and only here: <c>name</c> → <c>appName</c>, <c>tagline</c> → <c>tagLine</c>, <c>tags.categories</c> →
/// <c>tags.category</c>, <c>icon</c>/<c>banner</c> → <c>images.iconFileId</c>/<c>images.bannerFileId</c>,
/// <c>links</c> → <c>developerLinks</c>.
/// </summary>
internal static class DesiredAppListing
{
    /// <summary>The fields the section manages, by manifest name, as the plan lists their differences.</summary>
    public static readonly IReadOnlyList<PresenceField<AppListing>> Fields =
    [
        new("appListing.name", listing => listing.AppName),
        new("appListing.summary", listing => listing.Summary),
        new("appListing.tagline", listing => listing.TagLine),
        new("appListing.tags.categories", listing => TagIds(listing.Tags?.Category)),
        new("appListing.tags.keywords", listing => TagIds(listing.Tags?.Keywords)),
        new("appListing.icon", listing => listing.Images?.IconFileId),
        new("appListing.banner", listing => listing.Images?.BannerFileId),
        new("appListing.communityEnabled", listing => listing.CommunityEnabled),
        new("appListing.links.issueTracker", listing => listing.DeveloperLinks?.IssueTracker),
        new("appListing.links.supportTicketSystem", listing => listing.DeveloperLinks?.SupportTicketSystem),
        new("appListing.links.appStatusPage", listing => listing.DeveloperLinks?.AppStatusPage),
        new("appListing.links.forums", listing => listing.DeveloperLinks?.Forums),
        new("appListing.links.privacy", listing => listing.DeveloperLinks?.Privacy),
    ];

    /// <summary>
    /// The live listing with the manifest's values. A local icon or banner takes its id from <paramref name="uploaded"/>;
    /// not uploaded yet, it keeps the live id: a live image cannot be compared with a local file (the API serves no
    /// image content), so a listing that has an icon keeps it until the manifest names another file or id, or the run
    /// creates a new version (see <see cref="PendingUploads"/>).
    /// </summary>
    public static AppListing Apply(AppListingSpec spec, AppListing live, IReadOnlyDictionary<ImageRef, string> uploaded)
    {
        var images = live.Images ?? new AppListingImages();
        var links = live.DeveloperLinks ?? new AppListingDeveloperLinks();
        return live with
        {
            AppName = spec.Name ?? live.AppName,
            Summary = spec.Summary ?? live.Summary,
            TagLine = spec.Tagline ?? live.TagLine,
            Tags = spec.Tags is { } tags
                ? new AppListingTags(Tags(tags.Categories, live.Tags?.Category), Tags(tags.Keywords, live.Tags?.Keywords))
                : live.Tags,
            Images = spec.Icon is null && spec.Banner is null ? live.Images : images with
            {
                IconFileId = ImageId(spec.Icon, images.IconFileId, uploaded),
                BannerFileId = ImageId(spec.Banner, images.BannerFileId, uploaded),
            },
            CommunityEnabled = spec.CommunityEnabled ?? live.CommunityEnabled,
            DeveloperLinks = spec.Links is not { } wanted ? live.DeveloperLinks : links with
            {
                IssueTracker = wanted.IssueTracker ?? links.IssueTracker,
                SupportTicketSystem = wanted.SupportTicketSystem ?? links.SupportTicketSystem,
                AppStatusPage = wanted.AppStatusPage ?? links.AppStatusPage,
                Forums = wanted.Forums ?? links.Forums,
                Privacy = wanted.Privacy ?? links.Privacy,
            },
        };
    }

    /// <summary>
    /// The local images that must be uploaded: those whose place in the live listing is empty, and every one when
    /// <paramref name="newVersion"/> (the run creates a version, so a changed file goes out with it; the API serves no
    /// image content to compare a file with, so an existing version's re-run uploads nothing).
    /// </summary>
    public static IReadOnlyList<(string Field, ImageRef Image)> PendingUploads(AppListingSpec spec, AppListing live, IReadOnlyDictionary<ImageRef, string> uploaded, bool newVersion)
    {
        var pending = new List<(string, ImageRef)>();
        if (spec.Icon is { LocalPath: not null } icon && !uploaded.ContainsKey(icon) && (newVersion || string.IsNullOrEmpty(live.Images?.IconFileId)))
        {
            pending.Add(("appListing.icon", icon));
        }

        if (spec.Banner is { LocalPath: not null } banner && !uploaded.ContainsKey(banner) && (newVersion || string.IsNullOrEmpty(live.Images?.BannerFileId)))
        {
            pending.Add(("appListing.banner", banner));
        }

        return pending;
    }

    public static IReadOnlyList<FieldDifference> Differences(AppListing live, AppListing desired) =>
        [.. Fields.Select(field => field.Between(live, desired)).OfType<FieldDifference>()];

    private static IReadOnlyList<string>? TagIds(IReadOnlyList<AppListingTag>? tags) => tags?.Select(tag => tag.Id).ToList();

    /// <summary>The manifest's tag ids, keeping the live tag (and its name) for an id the listing already has.</summary>
    private static IReadOnlyList<AppListingTag>? Tags(IReadOnlyList<string>? wanted, IReadOnlyList<AppListingTag>? live) =>
        wanted?.Select(id => live?.FirstOrDefault(tag => tag.Id == id) ?? new AppListingTag(id, null)).ToList() ?? live;

    private static string? ImageId(ImageRef? wanted, string? live, IReadOnlyDictionary<ImageRef, string> uploaded) => wanted switch
    {
        null => live,
        { ImageId: { } id } => id,
        _ when uploaded.TryGetValue(wanted, out var id) => id,
        _ => live,
    };
}
