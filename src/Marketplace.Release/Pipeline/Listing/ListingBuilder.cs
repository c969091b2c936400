using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Listing;

/// <summary>Builds a <see cref="DesiredListing"/> from the manifest's listing, the image ids uploaded so far and the previous listing.</summary>
internal sealed class ListingBuilder(ReleaseState state)
{
    private readonly List<PlacedImage> localImages = [];

    public DesiredListing Build(ListingSpec spec)
    {
        var body = new JsonObject();
        // An empty list means "none": the field is left out (the Marketplace takes highlights only as exactly 3).
        if (spec.Screenshots is { Count: > 0 } screenshots)
        {
            body["screenshots"] = new JsonArray([.. screenshots.Select((s, i) => (JsonNode)Screenshot(s, ["screenshots", i]))]);
        }

        if (spec.Highlights is { Count: > 0 } highlights)
        {
            body["highlights"] = new JsonArray([.. highlights.Select((h, i) => (JsonNode)Without(new JsonObject
            {
                ["title"] = h.Title,
                ["caption"] = h.Caption,
                ["summary"] = h.Summary,
                ["screenshot"] = h.Screenshot is { } s ? Screenshot(s, ["highlights", i, "screenshot"]) : null,
                ["thumbnail"] = h.Thumbnail is { } t ? Image(t, ["highlights", i, "thumbnail"]) : null,
            }))]);
        }

        if (spec.MoreDetails is { } moreDetails)
        {
            body["moreDetails"] = moreDetails;
        }

        if (spec.HeroImage is { } hero)
        {
            // Kept even while null (not uploaded yet): the field is given, so it is neither inherited nor left out.
            body["heroImage"] = Image(hero, ["heroImage"]);
        }

        if (spec.YoutubeId is { } youtube)
        {
            body["youtubeId"] = youtube;
        }

        if (spec.DeploymentInstructions is { Count: > 0 } instructions)
        {
            body["deploymentInstructions"] = new JsonArray([.. instructions.Select((d, i) => (JsonNode)Without(new JsonObject
            {
                ["body"] = d.Body,
                ["screenshot"] = d.Screenshot is { } s ? Screenshot(s, ["deploymentInstructions", i, "screenshot"]) : null,
            }))]);
        }

        if (spec.DeveloperLinks is { } links)
        {
            body["developerLinks"] = Without(new JsonObject
            {
                ["documentation"] = links.Documentation,
                ["learnMore"] = links.LearnMore,
                ["eula"] = links.Eula,
                ["purchase"] = links.Purchase,
                ["bonTermsSupported"] = links.BonTermsSupported,
                ["partnerSpecificTerms"] = links.PartnerSpecificTerms,
            });
        }

        if (spec.InheritPrevious && state.PreviousListing is { } previous)
        {
            Inherit(spec, body, previous);
        }

        return new DesiredListing(body, [.. localImages]);
    }

    private static void Inherit(ListingSpec spec, JsonObject body, JsonObject previous)
    {
        // A field the manifest gives, even as an empty list ("none"), is not inherited.
        var given = new HashSet<string>(StringComparer.Ordinal);
        if (spec.Screenshots is not null)
        {
            given.Add("screenshots");
        }

        if (spec.Highlights is not null)
        {
            given.Add("highlights");
        }

        if (spec.DeploymentInstructions is not null)
        {
            given.Add("deploymentInstructions");
        }

        foreach (var field in DesiredListing.ContentFields)
        {
            if (!body.ContainsKey(field) && !given.Contains(field) && previous[field] is { } inherited && !IsEmpty(inherited))
            {
                body[field] = inherited.DeepClone();
            }
        }
    }

    private JsonObject Screenshot(ScreenshotSpec screenshot, ImmutableArray<PathStep> path) => Without(new JsonObject
    {
        ["imageId"] = Image(screenshot.Image, path.Add("imageId")),
        ["caption"] = screenshot.Caption,
    });

    /// <summary>The image's id; null for a local image not uploaded yet (recorded with where it goes).</summary>
    private string? Image(ImageRef image, ImmutableArray<PathStep> path)
    {
        if (image.ImageId is not null || image.LocalPath is not { } local)
        {
            return image.ImageId;
        }

        var key = new ImageKey(local, image.ImageType);
        var id = state.ImageIds.GetValueOrDefault(key);
        localImages.Add(new PlacedImage(key, path, id));
        return id;
    }

    private static bool IsEmpty(JsonNode node) => node is JsonArray { Count: 0 } || (node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0);

    private static JsonObject Without(JsonObject obj)
    {
        foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            obj.Remove(key);
        }

        return obj;
    }
}
