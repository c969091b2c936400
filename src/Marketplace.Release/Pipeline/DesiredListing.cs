using System.Text.Json.Nodes;
using System.Collections.Immutable;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// The listing body the manifest asks for (without <c>state</c>). A local image that has no id yet is written
/// as <see cref="LocalImage"/>, which <see cref="JsonMatch"/> treats as matching any live id: images are
/// uploaded only when the rest of the listing shows they are needed.
/// </summary>
internal static class DesiredListing
{
    public const string LocalImage = "\u0000local-image";

    /// <summary>The fields the listing body carries besides <c>state</c>.</summary>
    public static readonly string[] ContentFields =
        ["screenshots", "highlights", "moreDetails", "heroImage", "youtubeId", "deploymentInstructions", "developerLinks"];

    public static JsonObject Build(ListingSpec spec, ReleaseState state)
    {
        string Image(ImageRef image) =>
            image.ImageId ?? (image.LocalPath is { } path && state.ImageIds.TryGetValue(new ImageKey(path, image.ImageType), out var id) ? id : LocalImage);

        JsonObject Screenshot(ScreenshotSpec screenshot) => Without(new JsonObject
        {
            ["imageId"] = Image(screenshot.Image),
            ["caption"] = screenshot.Caption,
        });

        var body = new JsonObject();
        // An empty list means "none": the field is left out (the Marketplace takes highlights only as exactly 3).
        if (spec.Screenshots is { Count: > 0 } screenshots)
        {
            body["screenshots"] = new JsonArray([.. screenshots.Select(s => (JsonNode)Screenshot(s))]);
        }

        if (spec.Highlights is { Count: > 0 } highlights)
        {
            body["highlights"] = new JsonArray([.. highlights.Select(h => (JsonNode)Without(new JsonObject
            {
                ["title"] = h.Title,
                ["caption"] = h.Caption,
                ["summary"] = h.Summary,
                ["screenshot"] = h.Screenshot is { } s ? Screenshot(s) : null,
                ["thumbnail"] = h.Thumbnail is { } t ? Image(t) : null,
            }))]);
        }

        if (spec.MoreDetails is { } moreDetails)
        {
            body["moreDetails"] = moreDetails;
        }

        if (spec.HeroImage is { } hero)
        {
            body["heroImage"] = Image(hero);
        }

        if (spec.YoutubeId is { } youtube)
        {
            body["youtubeId"] = youtube;
        }

        if (spec.DeploymentInstructions is { Count: > 0 } instructions)
        {
            body["deploymentInstructions"] = new JsonArray([.. instructions.Select(i => (JsonNode)Without(new JsonObject
            {
                ["body"] = i.Body,
                ["screenshot"] = i.Screenshot is { } s ? Screenshot(s) : null,
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

            foreach (var field in ContentFields)
            {
                if (!body.ContainsKey(field) && !given.Contains(field) && previous[field] is { } inherited && !IsEmpty(inherited))
                {
                    body[field] = inherited.DeepClone();
                }
            }
        }

        return body;
    }

    /// <summary>
    /// When another run created the listing from its own upload of the same local images, take the image ids the live
    /// listing shows in their places, so that this run neither overwrites them with its own copies nor fails to verify.
    /// </summary>
    public static ImmutableDictionary<ImageKey, string> AdoptLiveImages(ListingSpec spec, ReleaseState state, JsonObject live)
    {
        var uploaded = state.ImageIds.GroupBy(pair => pair.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList(), StringComparer.Ordinal);
        var adopted = state.ImageIds.ToBuilder();
        if (uploaded.Count == 0)
        {
            return state.ImageIds;
        }

        void Walk(JsonNode? desired, JsonNode? actual)
        {
            switch (desired)
            {
                case JsonObject obj when actual is JsonObject other:
                    foreach (var (key, value) in obj)
                    {
                        Walk(value, other[key]);
                    }

                    break;
                case JsonArray array when actual is JsonArray other && other.Count == array.Count:
                    for (var index = 0; index < array.Count; index++)
                    {
                        Walk(array[index], other[index]);
                    }

                    break;
                case JsonValue value when value.TryGetValue<string>(out var id) && uploaded.TryGetValue(id, out var keys)
                    && actual is JsonValue liveValue && liveValue.TryGetValue<string>(out var liveId) && liveId.Length > 0:
                    foreach (var key in keys)
                    {
                        adopted[key] = liveId;
                    }

                    break;
            }
        }

        Walk(Build(spec, state), live);
        return adopted.ToImmutable();
    }

    /// <summary>True when the body still names a local image that has not been uploaded.</summary>
    public static bool HasLocalImages(JsonNode? node) => node switch
    {
        JsonValue value => value.TryGetValue<string>(out var text) && text == LocalImage,
        JsonObject obj => obj.Any(p => HasLocalImages(p.Value)),
        JsonArray array => array.Any(HasLocalImages),
        _ => false,
    };

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
