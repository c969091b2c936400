using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;

namespace Marketplace.Release.Tests.Pipeline.Presence;

[TestFixture]
internal sealed class DesiredAppListingTests
{
    private static readonly Dictionary<ImageRef, string> NoUploads = [];

    private static AppListing Live => new()
    {
        AppKey = "com.example.timesheets",
        AppName = "Timesheets",
        Summary = "Old summary",
        Tags = new AppListingTags([new AppListingTag("time-tracking", "Time tracking")], [new AppListingTag("timesheet", "Timesheet")]),
        Images = new AppListingImages { IconFileId = "icon-1", TitleLogoFileId = "logo-1" },
        DeveloperLinks = new AppListingDeveloperLinks { IssueTracker = "https://example.com/issues" },
        Revision = 4,
    };

    [Test]
    public void Each_differing_field_is_listed_by_its_manifest_name_with_both_values()
    {
        var spec = new AppListingSpec
        {
            Name = "Timesheets for Jira",
            Summary = "Old summary",
            Tags = new AppListingTagsSpec(["time-tracking", "reports"], null),
            Links = new AppListingLinksSpec(null, "https://example.com/support", null, null, null),
        };

        var differences = DesiredAppListing.Differences(Live, DesiredAppListing.Apply(spec, Live, NoUploads)).Select(d => d.Change);

        Assert.That(differences, Is.EqualTo(new[]
        {
            "change appListing.name: 'Timesheets' → 'Timesheets for Jira'",
            "change appListing.tags.categories: [time-tracking] → [time-tracking, reports]",
            "change appListing.links.supportTicketSystem: (none) → 'https://example.com/support'",
        }));
    }

    [Test]
    public void What_the_manifest_does_not_manage_is_kept_as_live_shows_it()
    {
        var live = Live;

        var desired = DesiredAppListing.Apply(new AppListingSpec { Summary = "New" }, live, NoUploads);

        Assert.That(desired.Summary, Is.EqualTo("New"));
        Assert.That(desired with { Summary = live.Summary }, Is.EqualTo(live), "every other field, read-only ones and the revision included");
    }

    [Test]
    public void Tags_in_another_order_are_no_difference()
    {
        var live = Live with { Tags = new AppListingTags([new AppListingTag("a", "A"), new AppListingTag("b", "B")], []) };
        var spec = new AppListingSpec { Tags = new AppListingTagsSpec(["b", "a"], []) };

        Assert.That(DesiredAppListing.Differences(live, DesiredAppListing.Apply(spec, live, NoUploads)), Is.Empty);
    }

    [Test]
    public void For_an_existing_version_a_local_icon_is_uploaded_only_where_the_live_listing_has_none()
    {
        var icon = new ImageRef("/ws/docs/icon.png", null, "icon");
        var banner = new ImageRef("/ws/docs/banner.png", null, "banner");
        var spec = new AppListingSpec { Icon = icon, Banner = banner };

        var pending = DesiredAppListing.PendingUploads(spec, Live, NoUploads, newVersion: false);
        var desired = DesiredAppListing.Apply(spec, Live, new Dictionary<ImageRef, string> { [banner] = "banner-9" });

        Assert.That(pending.Select(p => p.Field), Is.EqualTo(new[] { "appListing.banner" }));
        Assert.That(desired.Images, Is.EqualTo(Live.Images! with { BannerFileId = "banner-9" }));
    }

    [Test]
    public void For_a_new_version_every_local_image_is_uploaded_even_over_a_live_one()
    {
        var icon = new ImageRef("/ws/docs/icon.png", null, "icon");
        var banner = new ImageRef("/ws/docs/banner.png", null, "banner");
        var spec = new AppListingSpec { Icon = icon, Banner = banner };

        var pending = DesiredAppListing.PendingUploads(spec, Live, NoUploads, newVersion: true);
        var afterUploads = DesiredAppListing.PendingUploads(spec, Live, new Dictionary<ImageRef, string> { [icon] = "icon-9", [banner] = "banner-9" }, newVersion: true);

        Assert.That(Live.Images!.IconFileId, Is.Not.Null.And.Not.Empty, "the live listing has an icon: the case tests nothing otherwise");
        Assert.That(pending.Select(p => p.Field), Is.EqualTo(new[] { "appListing.icon", "appListing.banner" }));
        Assert.That(afterUploads, Is.Empty, "an uploaded image is not uploaded again");
    }
}
