using Marketplace.Release.Domain;

namespace Marketplace.Release.Manifest;

public sealed record ListingSpec
{
    /// <summary><c>public</c> publishes the version; <c>private</c> only stages it.</summary>
    public required bool Public { get; init; }

    /// <summary><c>listing.state</c> as the state the version listing ends in.</summary>
    internal ListingState State => Public ? ListingState.Public : ListingState.Private;

    /// <summary><c>inherit: previous</c>: fields not given here come from the newest earlier version's listing.</summary>
    public bool InheritPrevious { get; init; }

    public string? MoreDetails { get; init; }

    /// <summary>Null when not given (may then be inherited); empty when given as <c>[]</c>.</summary>
    public IReadOnlyList<ScreenshotSpec>? Screenshots { get; init; }

    /// <summary>Null when not given; otherwise none or exactly 3.</summary>
    public IReadOnlyList<HighlightSpec>? Highlights { get; init; }

    public ImageRef? HeroImage { get; init; }

    public string? YoutubeId { get; init; }

    public IReadOnlyList<DeploymentInstructionSpec>? DeploymentInstructions { get; init; }

    public DeveloperLinksSpec? DeveloperLinks { get; init; }
}
