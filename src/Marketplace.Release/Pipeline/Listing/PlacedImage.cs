using System.Collections.Immutable;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Listing;

/// <summary>A local image where the listing body shows it, and its id once uploaded (null until then).</summary>
internal sealed record PlacedImage(ImageKey Key, ImmutableArray<PathStep> Path, string? Id);
