using System.Text.Json.Nodes;
using Marketplace.Release.Manifest.Privacy;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// What <c>validate</c> checks in a privacy file (<see cref="PrivacyVocabulary"/>) is what the contract's request
/// schema of <c>PUT /rest/3/privacy-and-security/products/{productId}</c> states for <c>commonCloud</c>
/// (docs/contract/marketplace-v3.openapi.json): each answer at every depth is written as one line — its path, type,
/// choices, nullability — from both, and the two sets must be the same, so neither can drift from the other.
/// </summary>
public sealed class PrivacyVocabularyContractTests
{
    private const string PrivacyPath = "/rest/3/privacy-and-security/products/{productId}";

    private static readonly Lazy<JsonObject> Contract = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "docs", "contract", "marketplace-v3.openapi.json")))!.AsObject());

    [Test]
    public void The_privacy_vocabulary_states_what_the_contract_s_request_schema_states()
    {
        var fromContract = ContractAnswers();
        var fromVocabulary = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in PrivacyVocabulary.Root.Fields!)
        {
            Describe(field, PrivacyVocabulary.CommonCloud, fromVocabulary);
        }

        var onlyInContract = fromContract.Except(fromVocabulary).ToList();
        var onlyInVocabulary = fromVocabulary.Except(fromContract).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(fromContract, Has.Count.GreaterThan(60), "the walk reached every answer of the contract");
            Assert.That(onlyInContract, Is.Empty, "stated by the contract, not by PrivacyVocabulary");
            Assert.That(onlyInVocabulary, Is.Empty, "stated by PrivacyVocabulary, not by the contract");
        });
    }

    [Test]
    public void The_contract_s_request_schema_is_closed_at_every_depth_as_the_vocabulary_is()
    {
        var open = new List<string>();
        WalkObjects(Resolve(RequestBody()), "body", open);

        Assert.That(open, Is.Empty, "a schema the vocabulary treats as closed takes other fields");
    }

    /// <summary>The walk itself must see a difference: a changed type, a lost answer, a lost NOT_APPLICABLE.</summary>
    [Test]
    public void A_difference_is_seen()
    {
        var fromContract = ContractAnswers();
        var altered = new SortedSet<string>(StringComparer.Ordinal);
        var withoutRetention = PrivacyVocabulary.Root.Fields!.Where(field => field.Name is not ("dataRetention" or "llmModels"));
        foreach (var field in withoutRetention.Append(PrivacyField.Boolean("llmModels")))
        {
            Describe(field, PrivacyVocabulary.CommonCloud, altered);
        }

        Assert.That(fromContract.Except(altered), Does.Contain("commonCloud.dataRetention: section").And.Contain("commonCloud.llmModels: texts or null"));
        Assert.That(altered.Except(fromContract), Does.Contain("commonCloud.llmModels: boolean"));
    }

    private static SortedSet<string> ContractAnswers()
    {
        var commonCloud = Resolve(RequestBody())["properties"]!["commonCloud"]!.AsObject();
        var answers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, schema) in Resolve(commonCloud)["properties"]!.AsObject())
        {
            Describe(schema!.AsObject(), $"{PrivacyVocabulary.CommonCloud}.{name}", answers);
        }

        return answers;
    }

    private static JsonObject RequestBody() =>
        Contract.Value["paths"]![PrivacyPath]!["put"]!["requestBody"]!["content"]!["application/json"]!["schema"]!.AsObject();

    private static JsonObject Resolve(JsonObject schema) =>
        schema["$ref"] is JsonValue reference
            ? Contract.Value["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!.AsObject()
            : schema;

    private static void Describe(JsonObject reference, string path, ISet<string> answers)
    {
        var schema = Resolve(reference);
        var types = schema["type"] switch
        {
            JsonArray list => list.Select(type => type!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => [],
        };
        var nullable = types.Remove("null") ? " or null" : string.Empty;
        var type = types.SingleOrDefault();
        if (schema["enum"] is JsonArray choices)
        {
            answers.Add($"{path}: one of {string.Join(", ", choices.Select(choice => choice!.ToJsonString()))}{nullable}");
            return;
        }

        switch (type)
        {
            case "object":
                answers.Add($"{path}: section{nullable}");
                foreach (var (name, inner) in schema["properties"]!.AsObject())
                {
                    Describe(inner!.AsObject(), $"{path}.{name}", answers);
                }

                break;
            case "array" when Resolve(schema["items"]!.AsObject()) is { } items && (string?)items["type"] == "object":
                answers.Add($"{path}: sections{nullable}");
                foreach (var (name, inner) in items["properties"]!.AsObject())
                {
                    Describe(inner!.AsObject(), $"{path}[].{name}", answers);
                }

                break;
            case "array" when (string?)schema["items"]!["type"] == "string":
                answers.Add($"{path}: texts{nullable}");
                break;
            case "string" when (string?)schema["format"] == "uri":
                answers.Add($"{path}: link{nullable}");
                break;
            case "string":
                answers.Add($"{path}: text{nullable}");
                break;
            case "boolean" or "integer":
                answers.Add($"{path}: {type}{nullable}");
                break;
            default:
                answers.Add($"{path}: a schema the walk does not know ({schema.ToJsonString()})");
                break;
        }
    }

    private static void Describe(PrivacyField field, string parent, ISet<string> answers)
    {
        var path = $"{parent}.{field.Name}";
        var nullable = field.IsNullable ? " or null" : string.Empty;
        var kind = field.Kind switch
        {
            PrivacyValueKind.Section => "section",
            PrivacyValueKind.Sections => "sections",
            PrivacyValueKind.Boolean => "boolean",
            PrivacyValueKind.Integer => "integer",
            PrivacyValueKind.Text => "text",
            PrivacyValueKind.Link => "link",
            PrivacyValueKind.Texts => "texts",
            PrivacyValueKind.Choice => "one of " + string.Join(", ", field.Choices!.Select(choice => choice.Text is { } text ? $"\"{text}\"" : choice.ToString())),
            _ => field.Kind.ToString(),
        };
        answers.Add($"{path}: {kind}{nullable}");
        var inner = field.Kind == PrivacyValueKind.Sections ? $"{path}[]" : path;
        foreach (var child in field.Fields ?? [])
        {
            Describe(child, inner, answers);
        }
    }

    private static void WalkObjects(JsonObject schema, string path, List<string> open)
    {
        schema = Resolve(schema);
        if (schema["properties"] is JsonObject properties)
        {
            if (schema["additionalProperties"] is not JsonValue closed || closed.GetValue<bool>())
            {
                open.Add(path);
            }

            foreach (var (name, inner) in properties)
            {
                WalkObjects(inner!.AsObject(), $"{path}.{name}", open);
            }
        }

        if (schema["items"] is JsonObject items)
        {
            WalkObjects(items, $"{path}[]", open);
        }
    }
}
