using System.Text.Json.Nodes;
using Marketplace.Sandbox.Contract;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The rules for the body of <c>PUT /rest/3/privacy-and-security/products/{productId}</c> that the contract cannot
/// state. The contract middleware has already held the body to the request schema (<c>AppPrivacyAndSecurity</c>:
/// names, types, enums, nullability, <c>commonCloud</c> required); what is left, [ours], the stricter reading:
/// <c>commonCloud</c> is not empty, and every answer the schema marks <c>format: uri</c> is an absolute http(s) URL
/// (the contract takes formats as annotations, docs/contract/README.md). Errors are 400 VALIDATION_ERROR with a
/// string status.
/// </summary>
internal static class PrivacySecurityValidator
{
    public const string CommonCloud = "commonCloud";

    private const string RequestSchema = "AppTrustInformation";

    private static readonly BodyFields Fields = new(ApiProblem.Validation);

    private static readonly JsonObject Schemas = ApiContract.ReadDocument()["components"]!["schemas"]!.AsObject();

    /// <summary>
    /// A copy of a body that passed the contract, or a 400 naming the first broken field. <paramref name="heldToContract"/>
    /// is false for a body that did not come through the contract middleware (a seed): it is held to the contract first.
    /// </summary>
    public static JsonObject Validate(JsonObject body, bool heldToContract = true)
    {
        if (!heldToContract)
        {
            var check = MarketplaceContract.Check("PUT", "/rest/3/privacy-and-security/products/0", "application/json", body.ToJsonString());
            if (check.Verdict == ContractVerdict.Violates)
            {
                throw Fields.Fail(check.Violations[0], string.Join("; ", check.Violations));
            }
        }

        var commonCloud = Fields.Object(body[CommonCloud], CommonCloud) ?? throw Fields.Fail("commonCloud is required");
        if (commonCloud.Count == 0)
        {
            throw Fields.Fail("commonCloud must not be empty");
        }

        CheckLinks(commonCloud, Schemas[RequestSchema]!.AsObject(), CommonCloud);
        return (JsonObject)body.DeepClone();
    }

    private static void CheckLinks(JsonNode? value, JsonObject schema, string path)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            schema = Schemas[reference.GetValue<string>().Split('/')[^1]]!.AsObject();
        }

        switch (value)
        {
            case JsonObject section when schema["properties"] is JsonObject properties:
                foreach (var (name, answer) in section)
                {
                    if (properties[name] is JsonObject field)
                    {
                        CheckLinks(answer, field, $"{path}.{name}");
                    }
                }

                break;
            case JsonArray items when schema["items"] is JsonObject itemSchema:
                for (var index = 0; index < items.Count; index++)
                {
                    CheckLinks(items[index], itemSchema, $"{path}[{index}]");
                }

                break;
            case JsonValue when JsonRead.String(schema["format"]) == "uri":
                Fields.Url(value, path);
                break;
        }
    }
}
