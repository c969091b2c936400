using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Release.Domain;
using Marketplace.Release.Manifest.Binding;
using Marketplace.Release.Running;

namespace Marketplace.Release.Init;

/// <summary>
/// Writes the manifest of a live app (docs/marketplace-api.md § Init, <c>init</c>): the newest version's numbers, framework, compatibility
/// (by product version where the build number maps to one, else <c>minBuild</c>/<c>maxBuild</c>), payment model,
/// licence and notes, and its listing with images by <c>imageId</c>. Written so that <c>plan</c> on it finds
/// nothing to change; comments say what to edit for the next release.
/// </summary>
internal static class InitManifestWriter
{
    private const int Section = 2;
    private const int Entry = 4;
    private const int EntryKey = 6;

    /// <param name="presence">The app's presence (docs/marketplace-api.md § Presence sections), when a developer id is known; null: no such sections.</param>
    /// <param name="privacyFile">The file next to the manifest the privacy answers are written to; null when there is none.</param>
    /// <param name="names">What the front end calls init's settings (a comment names one); null: neutral words.</param>
    public static string Write(LiveApp app, LivePresence? presence = null, string? privacyFile = null, ISettingNames? names = null)
    {
        var yaml = new YamlText();
        var version = app.Version;
        yaml.Comment(0, $"Written by `marketplace-release init` for {app.AppKey} ({app.Hosting.Word()}) from version {version.VersionNumber}");
        yaml.Comment(0, $"(build {version.BuildNumber}) as the Marketplace holds it: `marketplace-release plan` on this file changes nothing.");
        yaml.Comment(0, "For the next release: set version.number (e.g. ${VERSION}), point version.artifact at your build output,");
        yaml.Comment(0, "and change compatibility, releaseSummary and releaseNotes as that release needs.");
        yaml.Comment(0, "Several versions per release (a javax and a jakarta build, a Cloud app under the same key): keep the shared");
        yaml.Comment(0, "keys here and list each version's number, build, artifact and compatibility under targets: (docs/manifest.md).");
        yaml.Raw(0, "schema", "1");
        yaml.Key(0, "app");
        yaml.Text(Section, "key", app.AppKey);
        yaml.Text(Section, "hosting", app.Hosting.Word());
        if (presence is not null)
        {
            yaml.Text(Section, "developerId", presence.DeveloperId);
        }

        WriteVersion(yaml, app);
        WriteListing(yaml, app.Listing);
        if (presence is not null)
        {
            InitPresenceWriter.Write(yaml, presence, privacyFile, names ?? ISettingNames.Neutral);
        }

        return yaml.ToString();
    }

    private static void WriteVersion(YamlText yaml, LiveApp app)
    {
        var version = app.Version;
        var framework = version.FrameworkDetails?.FrameworkId ?? Framework.Plugin;
        yaml.Key(0, "version");
        if (version.VersionNumber is { } number)
        {
            yaml.Text(Section, "number", number, "the next release: ${VERSION}");
        }

        if (!framework.AssignsBuildNumber())
        {
            if (version.VersionNumber is { } numbered && VersionNumbers.BuildFromVersion(numbered, out _) == version.BuildNumber)
            {
                yaml.Raw(Section, "build", ManifestVocabulary.FromVersion, $"{version.BuildNumber}");
            }
            else
            {
                yaml.Number(Section, "build", version.BuildNumber);
            }
        }

        if (app.ArtifactUrl is { } url)
        {
            yaml.Comment(Section, $"The artifact of this version ({app.ArtifactFileName ?? "its file"}) where the Marketplace keeps it. For the next release");
            yaml.Comment(Section, "replace artifactUrl with artifact: <your build output, e.g. target/*.jar>.");
            yaml.Text(Section, "artifactUrl", url);
        }

        yaml.Text(Section, "framework", framework.Word());
        var attributes = version.FrameworkDetails?.Attributes;
        if (framework is Framework.Plugin && attributes?["pluginFrameworkType"]?.ToString() is { } type)
        {
            yaml.Text(Section, "pluginFrameworkType", type);
        }
        else if (!framework.IsUploadedFile() && attributes is { Count: > 0 })
        {
            WriteAttributes(yaml, attributes);
        }

        yaml.Key(Section, "compatibility");
        foreach (var entry in app.Compatibility)
        {
            yaml.Text(Entry, "product", entry.Product, item: true);
            WriteBound(yaml, "min", "minBuild", entry.Min, null);
            WriteBound(yaml, "max", "maxBuild", entry.Max, $"or max: latest, to follow each new {entry.Product} release");
        }

        if (version.SupportedPaymentModel is { } payment)
        {
            yaml.Text(Section, "paymentModel", payment.Word());
        }

        if (version.LicenseType?.Id is { } license)
        {
            yaml.Text(Section, "license", license);
        }

        yaml.Boolean(Section, "supported", version.Supported ?? true);
        yaml.Boolean(Section, "beta", version.Beta ?? false);
        if (version.Changelog?.ReleaseSummary is { Length: > 0 } summary)
        {
            yaml.Text(Section, "releaseSummary", summary);
        }

        if (version.Changelog?.ReleaseNotes is { Length: > 0 } notes)
        {
            yaml.Text(Section, "releaseNotes", notes, "or releaseNotesFile: CHANGELOG.md (this version's section)");
        }
    }

    private static void WriteBound(YamlText yaml, string versionKey, string buildKey, LiveBound bound, string? comment)
    {
        if (bound.Version is { } product)
        {
            yaml.Text(EntryKey, versionKey, product, comment);
        }
        else
        {
            yaml.Number(EntryKey, buildKey, bound.Build, "no product version has this build number");
        }
    }

    /// <summary>Framework attributes keep their JSON types: a list as a flow sequence, a boolean as a boolean.</summary>
    private static void WriteAttributes(YamlText yaml, JsonObject attributes)
    {
        yaml.Key(Section, "frameworkAttributes");
        foreach (var (name, value) in attributes)
        {
            switch (value)
            {
                case JsonArray list:
                    yaml.Raw(Entry, name, "[" + string.Join(", ", list.Select(item => YamlText.Scalar(item?.ToString() ?? string.Empty, flow: true))) + "]");
                    break;
                case JsonValue flag when flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                    yaml.Boolean(Entry, name, flag.GetValue<bool>());
                    break;
                case JsonValue other:
                    yaml.Text(Entry, name, other.ToString());
                    break;
            }
        }
    }

    private static void WriteListing(YamlText yaml, JsonObject? listing)
    {
        yaml.Key(0, "listing");
        if (listing is null)
        {
            yaml.Text(Section, "state", "private", "the version has no listing yet: publish creates it PRIVATE");
            return;
        }

        var isPublic = StatusWords.ListingState(listing["state"]?.ToString()) == ListingState.Public;
        yaml.Text(Section, "state", isPublic ? "public" : "private");
        if (Text(listing["moreDetails"]) is { } moreDetails)
        {
            yaml.Text(Section, "moreDetails", moreDetails);
        }

        if (Text(listing["heroImage"]) is { } hero)
        {
            yaml.Raw(Section, "heroImage", YamlText.Flow(("imageId", hero)));
        }

        if (Text(listing["youtubeId"]) is { } youtube)
        {
            yaml.Text(Section, "youtubeId", youtube);
        }

        if (Items(listing["screenshots"]) is { Count: > 0 } screenshots)
        {
            yaml.Key(Section, "screenshots", "images by the id the Marketplace holds; or image: <a local file> to upload one");
            foreach (var screenshot in screenshots)
            {
                yaml.FlowItem(Entry, Screenshot(screenshot)!);
            }
        }

        if (Items(listing["highlights"]) is { Count: > 0 } highlights)
        {
            yaml.Key(Section, "highlights", "none, or exactly 3");
            foreach (var highlight in highlights)
            {
                yaml.Text(Entry, "title", Text(highlight["title"]) ?? string.Empty, item: true);
                WriteIfText(yaml, EntryKey, "caption", highlight["caption"]);
                WriteIfText(yaml, EntryKey, "summary", highlight["summary"]);
                if (Screenshot(highlight["screenshot"] as JsonObject) is { } shot)
                {
                    yaml.Raw(EntryKey, "screenshot", shot);
                }

                if (Text(highlight["thumbnail"]) is { } thumbnail)
                {
                    yaml.Raw(EntryKey, "thumbnail", YamlText.Flow(("imageId", thumbnail)));
                }
            }
        }

        if (Items(listing["deploymentInstructions"]) is { Count: > 0 } instructions)
        {
            yaml.Key(Section, "deploymentInstructions");
            foreach (var instruction in instructions)
            {
                yaml.Text(Entry, "body", Text(instruction["body"]) ?? string.Empty, item: true);
                if (Screenshot(instruction["screenshot"] as JsonObject) is { } shot)
                {
                    yaml.Raw(EntryKey, "screenshot", shot);
                }
            }
        }

        if (listing["developerLinks"] is JsonObject links && links.Any(link => link.Value is not null))
        {
            yaml.Key(Section, "developerLinks");
            foreach (var key in ManifestVocabulary.DeveloperLinks.Keys)
            {
                switch (links[key])
                {
                    case JsonValue flag when flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                        yaml.Boolean(Entry, key, flag.GetValue<bool>());
                        break;
                    case var value when Text(value) is { } text:
                        yaml.Text(Entry, key, text);
                        break;
                }
            }
        }
    }

    /// <summary>A screenshot as a flow mapping; null for none, and for the GET's <c>"screenshot": {}</c> (no image).</summary>
    private static string? Screenshot(JsonObject? screenshot) =>
        Text(screenshot?["imageId"]) is { } id ? YamlText.Flow(("imageId", id), ("caption", Text(screenshot!["caption"]))) : null;

    private static void WriteIfText(YamlText yaml, int indent, string key, JsonNode? node)
    {
        if (Text(node) is { } text)
        {
            yaml.Text(indent, key, text);
        }
    }

    private static List<JsonObject>? Items(JsonNode? node) => (node as JsonArray)?.OfType<JsonObject>().ToList();

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text : null;
}
