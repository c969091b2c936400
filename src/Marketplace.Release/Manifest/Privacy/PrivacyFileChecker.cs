using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Privacy;

/// <summary>
/// Checks the answers of <c>privacySecurity.file</c> offline against <see cref="PrivacyVocabulary"/>: names at any
/// depth, types, choices and nullability, each problem at the file's own line and column. <c>properties</c> (read-only, set by the
/// Marketplace) is refused with the fix, so it is never sent; so is the Postman collection's example vocabulary.
/// </summary>
internal static class PrivacyFileChecker
{
    private const string Guide = "docs/manifest.md, 'The privacy and security file'";

    public static void Check(MappingNode commonCloud, ManifestDiagnosticBag diagnostics) =>
        CheckSection(commonCloud, PrivacyVocabulary.Root, PrivacyVocabulary.CommonCloud, diagnostics);

    private static void CheckSection(MappingNode mapping, PrivacyField section, string path, ManifestDiagnosticBag diagnostics)
    {
        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value;
            var field = section.Field(name);
            var fieldPath = $"{path}.{name}";
            if (field is null)
            {
                diagnostics.Add(entry.Key.Start, Unknown(section, path, name));
                continue;
            }

            CheckValue(entry.Value, field, fieldPath, diagnostics);
        }
    }

    private static string Unknown(PrivacyField section, string path, string name)
    {
        if (section == PrivacyVocabulary.Root && name == PrivacyVocabulary.ReadOnlyProperties)
        {
            return $"{path}.{name} is read-only (the Marketplace sets updatedBy, updatedAt, formStatus and jiraIssueLinks); remove it from the file";
        }

        var known = string.Join(", ", section.Fields!.Select(field => field.Name));
        return PrivacyVocabulary.PostmanExampleNames.Contains(name)
            ? $"{path}.{name} is the Postman collection's example vocabulary, which the API does not take; write the answers in the API's commonCloud vocabulary ({path} holds {known}; see {Guide})"
            : $"{path}.{name} is not a privacy and security answer; {path} holds {known} (see {Guide})";
    }

    private static void CheckValue(ManifestNode node, PrivacyField field, string path, ManifestDiagnosticBag diagnostics)
    {
        if (node is ScalarNode { IsNull: true })
        {
            if (!field.IsNullable)
            {
                diagnostics.Add(node.Start, $"{path} cannot be null: give an answer or leave {field.Name} out of the file");
            }

            return;
        }

        var problem = field.Kind switch
        {
            PrivacyValueKind.Section when node is MappingNode mapping => Nested(mapping, field, path, diagnostics),
            PrivacyValueKind.Section => $"{path} must be a mapping of its answers ({Names(field)}), not {node.KindDescription}",
            PrivacyValueKind.Sections when node is SequenceNode list => Entries(list, field, path, diagnostics),
            PrivacyValueKind.Sections => $"{path} must be a list of mappings (each with {Names(field)}), not {node.KindDescription}",
            PrivacyValueKind.Texts when node is SequenceNode list => Items(list, path, diagnostics),
            PrivacyValueKind.Texts => $"{path} must be a list of texts, e.g. [USER_PROFILE, CONTENT], not {node.KindDescription}",
            _ => Scalar(node, field, path),
        };

        if (problem is not null)
        {
            diagnostics.Add(node.Start, problem);
        }
    }

    private static string? Nested(MappingNode mapping, PrivacyField field, string path, ManifestDiagnosticBag diagnostics)
    {
        CheckSection(mapping, field, path, diagnostics);
        return null;
    }

    private static string Names(PrivacyField field) => string.Join(", ", field.Fields!.Select(inner => inner.Name));

    private static string? Entries(SequenceNode list, PrivacyField field, string path, ManifestDiagnosticBag diagnostics)
    {
        for (var index = 0; index < list.Items.Count; index++)
        {
            if (list.Items[index] is MappingNode entry)
            {
                CheckSection(entry, field, $"{path}[{index}]", diagnostics);
            }
            else
            {
                diagnostics.Add(list.Items[index].Start, $"{path}[{index}] must be a mapping (with {Names(field)}), not {list.Items[index].KindDescription}");
            }
        }

        return null;
    }

    private static string? Items(SequenceNode list, string path, ManifestDiagnosticBag diagnostics)
    {
        for (var index = 0; index < list.Items.Count; index++)
        {
            if (Json(list.Items[index]) is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                diagnostics.Add(list.Items[index].Start, $"{path}[{index}] must be a text (quote it)");
            }
        }

        return null;
    }

    private static string? Scalar(ManifestNode node, PrivacyField field, string path)
    {
        var value = Json(node) as JsonValue;
        var kind = value?.GetValueKind();
        var shown = node is ScalarNode scalar ? $"'{scalar.Value}'" : node.KindDescription;
        return field.Kind switch
        {
            PrivacyValueKind.Boolean => kind is JsonValueKind.True or JsonValueKind.False ? null : $"{path} must be true or false (unquoted), not {shown}",
            PrivacyValueKind.Integer => kind == JsonValueKind.Number && value!.TryGetValue<long>(out _) ? null : $"{path} must be a whole number, not {shown}",
            PrivacyValueKind.Text => kind == JsonValueKind.String ? null : $"{path} must be a text (quote it), not {shown}",
            PrivacyValueKind.Link => kind == JsonValueKind.String && IsWebLink(value!.GetValue<string>()) ? null : $"{path} must be a full http(s) URL, not {shown}",
            PrivacyValueKind.Choice => IsChoice(value, kind, field.Choices!) ? null : NotAChoice(field.Choices!, path, shown, kind),
            _ => null,
        };
    }

    private static bool IsChoice(JsonValue? value, JsonValueKind? kind, IReadOnlyList<PrivacyChoice> choices) => kind switch
    {
        JsonValueKind.True => choices.Contains(PrivacyChoice.Of(true)),
        JsonValueKind.False => choices.Contains(PrivacyChoice.Of(false)),
        JsonValueKind.String => choices.Contains(PrivacyChoice.Of(value!.GetValue<string>())),
        _ => false,
    };

    private static string NotAChoice(IReadOnlyList<PrivacyChoice> choices, string path, string shown, JsonValueKind? kind)
    {
        var listed = string.Join(", ", choices);
        var takesBoolean = choices.Any(choice => choice.Boolean is not null);
        return kind switch
        {
            JsonValueKind.String when takesBoolean => $"{path} must be one of {listed}, not {shown}: true and false are written unquoted (YAML's booleans), not as text",
            JsonValueKind.True or JsonValueKind.False => $"{path} must be one of {listed} (a text), not {shown}",
            _ => $"{path} must be one of {listed}, not {shown}",
        };
    }

    private static JsonNode? Json(ManifestNode node) => YamlJson.ToJson(node);

    private static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
}
