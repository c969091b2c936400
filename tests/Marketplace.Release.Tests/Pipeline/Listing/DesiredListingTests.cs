using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Listing;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Tests.Pipeline.Listing;

/// <summary>A local image not uploaded yet matches whatever image the live listing shows in its place, but not a missing one.</summary>
[TestFixture]
internal sealed class DesiredListingTests
{
    private static readonly ImageKey Hero = new("/workspace/hero.png", "hero");
    private static readonly ImageKey Shot = new("/workspace/shot.png", "screenshot");

    private static readonly ListingSpec Spec = new()
    {
        Public = true,
        MoreDetails = "Timesheets for Jira teams.",
        HeroImage = new ImageRef(Hero.Path, null, Hero.Type),
        Screenshots = [new ScreenshotSpec(new ImageRef(Shot.Path, null, Shot.Type), "The board")],
    };

    [Test]
    public void Images_not_uploaded_yet_match_any_live_image_in_their_place()
    {
        var desired = DesiredListing.Build(Spec, ReleaseState.Empty);
        var live = Live(hero: "img-9", shot: "img-8");

        Assert.Multiple(() =>
        {
            Assert.That(desired.HasPendingImages, Is.True);
            Assert.That(desired.Differences(live), Is.Empty);
            Assert.That(desired.Differences(Live(hero: "img-9", shot: "img-8", moreDetails: "old")), Is.EqualTo(new[] { "moreDetails" }));
        });
    }

    [Test]
    public void A_missing_live_image_differs_even_before_the_upload()
    {
        var desired = DesiredListing.Build(Spec, ReleaseState.Empty);
        var live = Live(hero: null, shot: "img-8");

        Assert.That(desired.Differences(live), Is.EqualTo(new[] { "heroImage" }));
    }

    [Test]
    public void Uploaded_images_are_compared_by_id_and_sent()
    {
        var state = ReleaseState.Empty with { ImageIds = ImmutableDictionary<ImageKey, string>.Empty.Add(Hero, "img-1").Add(Shot, "img-2") };
        var desired = DesiredListing.Build(Spec, state);

        Assert.Multiple(() =>
        {
            Assert.That(desired.Differences(Live(hero: "img-9", shot: "img-2")), Is.EqualTo(new[] { "heroImage" }));
            Assert.That(desired.Send(ListingState.Private).ToJsonString(), Does.Contain("\"heroImage\":\"img-1\"").And.Contain("\"imageId\":\"img-2\"").And.Contain("\"state\":\"PRIVATE\""));
            Assert.That(desired.AdoptLiveImages(state.ImageIds, Live(hero: "img-9", shot: "img-8")),
                Is.EquivalentTo(new Dictionary<ImageKey, string> { [Hero] = "img-9", [Shot] = "img-8" }));
        });
    }

    [Test]
    public void A_body_with_an_image_not_uploaded_is_never_sent()
    {
        var desired = DesiredListing.Build(Spec, ReleaseState.Empty);

        Assert.That(() => desired.Send(ListingState.Private), Throws.InvalidOperationException);
    }

    private static JsonObject Live(string? hero, string? shot, string moreDetails = "Timesheets for Jira teams.")
    {
        var live = new JsonObject
        {
            ["state"] = "PRIVATE",
            ["moreDetails"] = moreDetails,
            ["screenshots"] = new JsonArray(new JsonObject { ["imageId"] = shot, ["caption"] = "The board" }),
        };
        if (hero is not null)
        {
            live["heroImage"] = hero;
        }

        return live;
    }
}
