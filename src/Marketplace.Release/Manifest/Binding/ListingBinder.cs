using System.Text.RegularExpressions;
using Marketplace.Release.Manifest.Yaml;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads the <c>listing:</c> section.</summary>
internal sealed partial class ListingBinder(ValueReader reader, ImageBinder images)
{
    /// <summary>
    /// Without a <c>listing:</c> section (or without <c>state</c>) the version is only staged: a listing becomes
    /// public only when the manifest says so.
    /// </summary>
    public ListingSpec Bind(ManifestNode? node, SourcePosition position)
    {
        var section = reader.Section(node, "listing", ManifestVocabulary.Listing, position);
        if (section is null)
        {
            return new ListingSpec { Public = false };
        }

        var state = reader.Choice(section["state"], "listing.state", ManifestVocabulary.ListingStates);
        var inherit = reader.Choice(section["inherit"], "listing.inherit", ManifestVocabulary.InheritModes);
        var moreDetails = reader.Text(section, "moreDetails");
        var youtubeId = reader.Text(section["youtubeId"], "listing.youtubeId");
        if (youtubeId is not null && !YoutubeIdPattern().IsMatch(youtubeId))
        {
            reader.Report(section["youtubeId"]!.Start, $"listing.youtubeId '{youtubeId}' is not a YouTube video id; give the 11 characters after 'v=' in the video's URL");
            youtubeId = null;
        }

        return new ListingSpec
        {
            Public = state == "public",
            InheritPrevious = inherit == ManifestVocabulary.InheritPrevious,
            MoreDetails = moreDetails,
            Screenshots = Screenshots(section),
            Highlights = Highlights(section),
            HeroImage = section.Has("heroImage")
                ? images.ImageOnly(section["heroImage"], "listing.heroImage", section.KeyPosition("heroImage"), "hero")
                : null,
            YoutubeId = youtubeId,
            DeploymentInstructions = DeploymentInstructions(section),
            DeveloperLinks = DeveloperLinks(section),
        };
    }

    private List<ScreenshotSpec>? Screenshots(SectionView listing)
    {
        var list = reader.List(listing["screenshots"], "listing.screenshots");
        if (list is null)
        {
            return null;
        }

        var screenshots = new List<ScreenshotSpec>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var screenshot = images.Screenshot(item, $"listing.screenshots[{i}]", item.Start);
            if (screenshot is not null)
            {
                screenshots.Add(screenshot);
            }
        }

        return screenshots;
    }

    private List<HighlightSpec>? Highlights(SectionView listing)
    {
        var list = reader.List(listing["highlights"], "listing.highlights");
        if (list is null)
        {
            return null;
        }

        if (list.Items.Count is not (0 or 3))
        {
            var count = list.Items.Count;
            reader.Report(list.Start, $"listing.highlights lists {Counted.Of(count, "highlight")}; the Marketplace takes none or exactly 3");
        }

        var highlights = new List<HighlightSpec>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var path = $"listing.highlights[{i}]";
            var section = reader.Section(item, path, ManifestVocabulary.Highlight, item.Start);
            if (section is null)
            {
                if (item is ScalarNode { IsNull: true })
                {
                    reader.Report(item.Start, $"{path} is empty; give title, caption, summary, screenshot and thumbnail below it");
                }

                continue;
            }

            var title = reader.RequiredText(section, "title", "Track time on the board");
            var caption = reader.Text(section, "caption");
            var summary = reader.Text(section, "summary");
            var screenshot = section.Has("screenshot")
                ? images.Screenshot(section["screenshot"], section.PathOf("screenshot"), section.KeyPosition("screenshot"))
                : null;
            if (!section.Has("screenshot"))
            {
                // The API requires highlights[].screenshot.imageId (docs/marketplace-api.md § Frameworks and exactly-once creates): refusing here keeps a release from failing
                // after its version was created.
                reader.Report(section.Position, $"{path} needs a screenshot (the Marketplace requires one per highlight); add screenshot: {{image: <path>}} or screenshot: {{imageId: <id>}}");
            }

            var thumbnail = section.Has("thumbnail")
                ? images.ImageOnly(section["thumbnail"], section.PathOf("thumbnail"), section.KeyPosition("thumbnail"), "screenshot-thumbnail")
                : null;
            if (title is not null)
            {
                highlights.Add(new HighlightSpec(title, caption, summary, screenshot, thumbnail));
            }
        }

        return highlights;
    }

    private List<DeploymentInstructionSpec>? DeploymentInstructions(SectionView listing)
    {
        var list = reader.List(listing["deploymentInstructions"], "listing.deploymentInstructions");
        if (list is null)
        {
            return null;
        }

        var instructions = new List<DeploymentInstructionSpec>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var path = $"listing.deploymentInstructions[{i}]";
            var section = reader.Section(item, path, ManifestVocabulary.DeploymentInstruction, item.Start);
            if (section is null)
            {
                if (item is ScalarNode { IsNull: true })
                {
                    reader.Report(item.Start, $"{path} is empty; give body: <the instruction> below it");
                }

                continue;
            }

            var body = reader.RequiredText(section, "body", "Install the app, then open Settings");
            var screenshot = section.Has("screenshot")
                ? images.Screenshot(section["screenshot"], section.PathOf("screenshot"), section.KeyPosition("screenshot"))
                : null;
            if (body is not null)
            {
                instructions.Add(new DeploymentInstructionSpec(body, screenshot));
            }
        }

        return instructions;
    }

    private DeveloperLinksSpec? DeveloperLinks(SectionView listing)
    {
        var section = reader.Section(listing["developerLinks"], "listing.developerLinks", ManifestVocabulary.DeveloperLinks, listing.KeyPosition("developerLinks"));
        if (section is null)
        {
            return null;
        }

        return new DeveloperLinksSpec(
            reader.WebLink(section, "documentation"),
            reader.WebLink(section, "learnMore"),
            reader.WebLink(section, "eula"),
            reader.WebLink(section, "purchase"),
            reader.Boolean(section["bonTermsSupported"], section.PathOf("bonTermsSupported")),
            // Free text: the API types developerLinks.partnerSpecificTerms as a string (its example is "Custom partner
            // terms and conditions apply"), not a URL (docs/marketplace-api.md § Frameworks and exactly-once creates).
            reader.Text(section, "partnerSpecificTerms"));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$", RegexOptions.CultureInvariant)]
    private static partial Regex YoutubeIdPattern();
}
