using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Contract;

/// <summary>
/// The contract (docs/contract/marketplace-v3.openapi.json) for callers outside the sandbox, e.g. a test that holds the
/// requests it recorded on the wire to it: the same check the sandbox makes on every request it receives.
/// </summary>
public static class MarketplaceContract
{
    /// <summary>The verdict on a request: <paramref name="path"/> is below the API root (<c>/rest/3/…</c>, no query).</summary>
    public static ContractCheck Check(string method, string path, string? mediaType, string? body)
    {
        var operation = ApiContract.Default.Find(method, path);
        if (operation is null)
        {
            return new ContractCheck($"{method} {path}", ContractVerdict.Undescribed, ["the contract describes no such call"], FromProduct: true);
        }

        if (operation.BodyMediaType is null)
        {
            return new ContractCheck(operation.Name, ContractVerdict.NoBody, [], FromProduct: true);
        }

        var violations = new List<string>();
        if (!string.Equals(mediaType, operation.BodyMediaType, StringComparison.OrdinalIgnoreCase))
        {
            violations.Add($"Content-Type {mediaType ?? "(none)"}: the contract takes {operation.BodyMediaType}");
        }

        if (operation.BodySchema is not null)
        {
            try
            {
                using var document = JsonDocument.Parse(body ?? string.Empty);
                violations.AddRange(operation.BodySchema.Violations(document.RootElement));
            }
            catch (JsonException exception)
            {
                violations.Add("Malformed JSON: " + exception.Message);
            }
        }

        return new ContractCheck(operation.Name, violations.Count == 0 ? ContractVerdict.Conforms : ContractVerdict.Violates, violations, FromProduct: true);
    }

    /// <summary>The property names of a schema of the contract's components (e.g. <c>CreateAppSoftwareVersionListingV3Request</c>).</summary>
    public static IReadOnlyList<string> Properties(string schema) =>
        ApiContract.ReadDocument()["components"]!["schemas"]![schema]?["properties"] is JsonObject properties
            ? properties.Select(property => property.Key).ToList()
            : throw new ArgumentException($"The contract has no object schema {schema}", nameof(schema));
}
