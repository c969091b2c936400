using System.Text.Json.Nodes;
using Marketplace.Release.Pipeline.Listing;

namespace Marketplace.Release.Tests.Pipeline.Listing;

/// <summary>docs/marketplace-api.md § Version listing: a body copied from a GET never sends back a screenshot without its required imageId.</summary>
[TestFixture]
internal sealed class EmptyScreenshotsTests
{
    [Test]
    public void A_screenshot_without_an_image_id_is_left_out_and_the_rest_is_kept()
    {
        var body = JsonNode.Parse("""
            {"deploymentInstructions":[{"body":"a","screenshot":{}},{"body":"b","screenshot":{"caption":"c"}},{"body":"d","screenshot":{"imageId":"7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172"}}],
             "highlights":[{"title":"t","screenshot":{"imageId":"7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172","caption":"x"}}],"state":"PUBLIC"}
            """)!.AsObject();

        EmptyScreenshots.Drop(body);

        Assert.That(body.ToJsonString(), Is.EqualTo(
            """{"deploymentInstructions":[{"body":"a"},{"body":"b"},{"body":"d","screenshot":{"imageId":"7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172"}}],"highlights":[{"title":"t","screenshot":{"imageId":"7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172","caption":"x"}}],"state":"PUBLIC"}"""));
    }
}
