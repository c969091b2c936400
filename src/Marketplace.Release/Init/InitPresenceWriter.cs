using System.Text.Json.Nodes;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.Presence;
using Marketplace.Release.Running;

namespace Marketplace.Release.Init;

/// <summary>
/// Writes the presence sections of docs/marketplace-api.md § Presence sections (<c>appListing</c>, <c>cloudMigration</c>, <c>privacySecurity</c>) from the
/// live app. The manifest names come from the plan's own field lists (<see cref="DesiredAppListing.Fields"/>,
/// <see cref="DesiredMigration.Fields"/>), so what init writes is what plan compares, with no second mapping.
/// </summary>
internal static class InitPresenceWriter
{
    private const int Section = 2;

    /// <summary>The fields that hold an image id and are written as <c>{imageId: …}</c> (the manifest's image reference).</summary>
    private static readonly HashSet<string> ImageFields = new(StringComparer.Ordinal) { "appListing.icon", "appListing.banner" };

    /// <param name="privacyFile">The file name (next to the manifest) the privacy answers go to; null: no such file is written.</param>
    /// <param name="names">What the front end calls init's settings, for the comment that says how to have the file written.</param>
    public static void Write(YamlText yaml, LivePresence presence, string? privacyFile, ISettingNames names)
    {
        if (presence.AppListing is { } listing)
        {
            WriteSection(yaml, "appListing", DesiredAppListing.Fields.Select(field => (field.Name, field.Read(listing))));
        }

        if (presence.Migration is { } migration)
        {
            WriteSection(yaml, "cloudMigration", DesiredMigration.Fields.Select(field => (field.Name, Manifest(field.Name, field.Read(migration)))),
                "assistantCompatibility: ${VERSION} to follow each release");
        }

        if (presence.PrivacyAnswers is not null)
        {
            if (privacyFile is null)
            {
                yaml.Comment(0, $"privacySecurity: the live privacy and security answers exist; run init with {names[Setting.Output]} to have them");
                yaml.Comment(0, "written to a file next to the manifest and referenced here.");
            }
            else
            {
                yaml.Key(0, "privacySecurity");
                yaml.Text(Section, "file", privacyFile, "the live answers (commonCloud) without the read-only properties");
                yaml.Boolean(Section, "publish", true, "false: leave a changed file as a draft");
            }
        }
    }

    /// <summary>The manifest's form of an API value: the migration path as the manifest spells it.</summary>
    private static object? Manifest(string field, object? value) =>
        field == "cloudMigration.migrationPath" && value is string wire && MigrationPathNames.FromWire(wire) is { } path ? path.ToManifest() : value;

    /// <summary>
    /// One section, its fields nested by their dotted names (<c>appListing.links.forums</c> under <c>links:</c>); fields
    /// the Marketplace holds no value for are left out, as plan then keeps the live (empty) value.
    /// </summary>
    private static void WriteSection(YamlText yaml, string section, IEnumerable<(string Name, object? Value)> fields, string? comment = null)
    {
        var present = fields.Where(field => field.Value is not (null or "" or IReadOnlyList<string> { Count: 0 })).ToList();
        if (present.Count == 0)
        {
            return;
        }

        yaml.Key(0, section, comment);
        string? group = null;
        foreach (var (name, value) in present)
        {
            var path = name[(section.Length + 1)..].Split('.');
            var indent = Section;
            if (path.Length > 1)
            {
                if (group != path[0])
                {
                    yaml.Key(Section, path[0]);
                    group = path[0];
                }

                indent += Section;
            }
            else
            {
                group = null;
            }

            var key = path[^1];
            switch (value)
            {
                case string id when ImageFields.Contains(name):
                    yaml.Raw(indent, key, YamlText.Flow(("imageId", id)));
                    break;
                case string text:
                    yaml.Text(indent, key, text);
                    break;
                case bool flag:
                    yaml.Boolean(indent, key, flag);
                    break;
                case IReadOnlyList<string> list:
                    yaml.Raw(indent, key, "[" + string.Join(", ", list.Select(item => YamlText.Scalar(item, flow: true))) + "]");
                    break;
                case JsonNode node:
                    yaml.Raw(indent, key, node.ToJsonString());
                    break;
            }
        }
    }
}
