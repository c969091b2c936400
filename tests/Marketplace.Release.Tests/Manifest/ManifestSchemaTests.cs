using System.Text.Json.Nodes;
using Marketplace.Release.Manifest;
using Marketplace.Release.Manifest.Binding;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>Keeps <c>schema/marketplace-release.schema.json</c> and the loader's vocabulary saying the same thing.</summary>
public sealed class ManifestSchemaTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(ManifestSchema.Json)!.AsObject();

    private static JsonObject ObjectOf(string definition) =>
        definition.Length == 0 ? Schema : Schema["$defs"]![definition]!.AsObject();

    [Test]
    public void The_embedded_schema_is_the_file_in_the_repository()
    {
        var file = File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "schema", "marketplace-release.schema.json"));

        Assert.That(ManifestSchema.Json, Is.EqualTo(file));
        Assert.That((string?)Schema["$schema"], Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
    }

    [Test]
    public void Every_section_has_exactly_the_loaders_keys_in_the_schema()
    {
        Assert.Multiple(() =>
        {
            foreach (var section in ManifestVocabulary.Sections)
            {
                var properties = ObjectOf(section.SchemaDefinition)["properties"]!.AsObject().Select(property => property.Key);
                Assert.That(properties, Is.EqualTo(section.Keys), $"keys of '{section.SchemaDefinition}'");
            }
        });
    }

    [Test]
    public void Every_object_of_the_schema_is_a_section_of_the_loader_and_refuses_other_keys()
    {
        var objects = Schema["$defs"]!.AsObject()
            .Where(definition => (string?)definition.Value!["type"] == "object" && definition.Value["properties"] is not null)
            .Select(definition => definition.Key)
            .Prepend("");

        Assert.That(objects, Is.EquivalentTo(ManifestVocabulary.Sections.Select(section => section.SchemaDefinition)));
        Assert.Multiple(() =>
        {
            foreach (var definition in objects)
            {
                Assert.That((bool?)ObjectOf(definition)["additionalProperties"], Is.False, $"additionalProperties of '{definition}'");
            }
        });
    }

    [Test]
    public void Every_property_has_a_description()
    {
        var missing = new List<string>();
        foreach (var section in ManifestVocabulary.Sections)
        {
            foreach (var (key, value) in ObjectOf(section.SchemaDefinition)["properties"]!.AsObject())
            {
                if (string.IsNullOrWhiteSpace((string?)value!["description"]))
                {
                    missing.Add($"{section.SchemaDefinition}.{key}");
                }
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void The_enums_match()
    {
        Assert.Multiple(() =>
        {
            foreach (var manifestEnum in ManifestVocabulary.Enums)
            {
                var property = ObjectOf(manifestEnum.SchemaDefinition)["properties"]![manifestEnum.Key]!;
                var values = property["enum"] ?? property["anyOf"]!.AsArray().Select(option => option!["enum"]).Single(option => option is not null);
                Assert.That(values!.AsArray().Select(value => (string?)value), Is.EqualTo(manifestEnum.Values), $"{manifestEnum.SchemaDefinition}.{manifestEnum.Key}");
            }
        });
    }

    [Test]
    public void The_string_length_caps_match()
    {
        Assert.Multiple(() =>
        {
            foreach (var section in ManifestVocabulary.Sections)
            {
                foreach (var (key, value) in ObjectOf(section.SchemaDefinition)["properties"]!.AsObject())
                {
                    if ((string?)value!["type"] == "string")
                    {
                        Assert.That((int?)value["maxLength"], Is.EqualTo(ManifestVocabulary.MaxLength(section, key)), $"maxLength of {section.SchemaDefinition}.{key}");
                    }
                }
            }
        });
    }

    [Test]
    public void The_list_caps_match()
    {
        var lists = ManifestVocabulary.Sections
            .SelectMany(section => ObjectOf(section.SchemaDefinition)["properties"]!.AsObject().Select(property => (section.SchemaDefinition, property.Key, property.Value!)))
            .Where(property => (string?)property.Item3["type"] == "array")
            .ToList();

        Assert.That(lists.Select(list => $"{list.SchemaDefinition}.{list.Key}"), Is.EquivalentTo(new[]
        {
            "version.compatibility", "listing.screenshots", "listing.highlights", "listing.deploymentInstructions",
            "appListingTags.categories", "appListingTags.keywords", ".targets",
        }));
        Assert.Multiple(() =>
        {
            foreach (var (definition, key, list) in lists)
            {
                Assert.That((int?)list["maxItems"], Is.EqualTo(key == "highlights" ? 3 : ManifestLimits.MaxListItems), $"{definition}.{key}");
            }
        });
    }

    [Test]
    public void The_documented_default_agreement_is_the_loaders()
    {
        var description = (string?)ObjectOf("version")["properties"]!["agreement"]!["description"];

        Assert.That(description, Does.Contain(ManifestVocabulary.DefaultAgreement));
    }
}
