using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Pipeline.Steps;

namespace Marketplace.Release.Tests.Pipeline.Steps;

[TestFixture]
internal sealed class UploadImagesStepTests
{
    private static readonly ImageKey Hero = new("/workspace/hero.png", "hero");
    private static readonly ImageKey Shot = new("/workspace/shot.png", "screenshot");

    private StepFixture fixture = null!;

    [SetUp]
    public void SetUp()
    {
        fixture = new StepFixture();
        fixture.Plan = fixture.Plan with
        {
            Listing = new ListingSpec
            {
                Public = true,
                HeroImage = new ImageRef(Hero.Path, null, Hero.Type),
                Screenshots = [new ScreenshotSpec(new ImageRef(Shot.Path, null, Shot.Type), "The board")],
            },
        };
    }

    [Test]
    public async Task Skips_a_listing_without_local_images()
    {
        fixture.Plan = fixture.Plan with { Listing = new ListingSpec { Public = true } };

        var decision = await fixture.DecideAsync(new UploadImagesStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Skip));
        Assert.That(decision.Text, Is.EqualTo("the listing names no local images"));
    }

    [Test]
    public async Task Uploads_each_local_image_once_and_keeps_its_id()
    {
        var (decision, run) = await fixture.ActAsync(new UploadImagesStep(), StepFixture.Resolved);

        Assert.That(decision.Kind, Is.EqualTo(StepDecisionKind.Change));
        Assert.That(decision.Text, Is.EqualTo("upload 2 listing images"));
        Assert.That(fixture.Api.Writes, Is.EquivalentTo(new[] { "POST image hero hero.png", "POST image screenshot shot.png" }));
        Assert.That(run.State.ImageIds.Keys, Is.EquivalentTo(new[] { Hero, Shot }));
    }

    [Test]
    public async Task Images_already_uploaded_in_this_run_are_not_sent_again()
    {
        var state = StepFixture.Resolved with { ImageIds = StepFixture.Resolved.ImageIds.Add(Hero, "image-earlier") };

        var (decision, _) = await fixture.ActAsync(new UploadImagesStep(), state);

        Assert.That(decision.Text, Is.EqualTo("upload 1 listing image"));
        Assert.That(fixture.Api.Writes, Is.EqualTo(new[] { "POST image screenshot shot.png" }));
    }
}
