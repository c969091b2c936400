using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Listing;

/// <summary>
/// The listing the manifest asks for (without <c>state</c>): the body, and where each local image goes. A local
/// image not uploaded yet is a <see cref="PlacedImage"/> without an id, which matches any image the live listing
/// shows in its place: images are uploaded only when the rest of the listing shows they are needed.
/// </summary>
internal sealed record DesiredListing(JsonObject Body, IReadOnlyList<PlacedImage> LocalImages)
{
    /// <summary>The fields the listing body carries besides <c>state</c>, in the body's order.</summary>
    public static readonly ImmutableArray<string> ContentFields =
        ["screenshots", "highlights", "moreDetails", "heroImage", "youtubeId", "deploymentInstructions", "developerLinks"];

    public bool HasPendingImages => LocalImages.Any(i => i.Id is null);

    public static DesiredListing Build(ListingSpec spec, ReleaseState state) => new ListingBuilder(state).Build(spec);

    /// <summary>The names of the top-level fields that differ in <paramref name="live"/>, in the body's order.</summary>
    public IReadOnlyList<string> Differences(JsonObject? live)
    {
        var differing = JsonMatch.Differences(Body, live).ToHashSet(StringComparer.Ordinal);
        differing.UnionWith(LocalImages.Where(i => i.Id is null && At(live, i.Path) is not JsonValue).Select(i => i.Path[0].Property!));
        return [.. Body.Select(p => p.Key).Where(differing.Contains)];
    }

    /// <summary>The body to send, with <paramref name="state"/>; every local image must have its id by now.</summary>
    public JsonObject Send(ListingState state)
    {
        if (HasPendingImages)
        {
            throw new InvalidOperationException("a listing image has no id after the image upload");
        }

        var body = (JsonObject)Body.DeepClone();
        body["state"] = state.Word();
        return body;
    }

    /// <summary>
    /// When another run created the listing from its own upload of the same local images, the image ids the live
    /// listing shows in their places, so that this run neither overwrites them with its own copies nor fails to verify.
    /// </summary>
    public ImmutableDictionary<ImageKey, string> AdoptLiveImages(ImmutableDictionary<ImageKey, string> uploaded, JsonObject live)
    {
        var adopted = uploaded.ToBuilder();
        foreach (var image in LocalImages.Where(i => i.Id is not null && uploaded.ContainsKey(i.Key)))
        {
            if (At(live, image.Path) is JsonValue value && value.TryGetValue<string>(out var liveId) && liveId.Length > 0)
            {
                adopted[image.Key] = liveId;
            }
        }

        return adopted.ToImmutable();
    }

    /// <summary>The live node at <paramref name="path"/>, where the live arrays on the way are as long as the desired ones.</summary>
    private JsonNode? At(JsonNode? live, ImmutableArray<PathStep> path)
    {
        JsonNode? desired = Body;
        foreach (var step in path)
        {
            if (step.Property is { } property)
            {
                (desired, live) = ((desired as JsonObject)?[property], (live as JsonObject)?[property]);
            }
            else if (desired is JsonArray wanted && live is JsonArray actual && wanted.Count == actual.Count && step.Index < actual.Count)
            {
                (desired, live) = (wanted[step.Index], actual[step.Index]);
            }
            else
            {
                return null;
            }
        }

        return live;
    }
}
