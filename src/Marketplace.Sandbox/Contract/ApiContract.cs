using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Contract;

/// <summary>
/// The contract with the Marketplace, <c>docs/contract/marketplace-v3.openapi.json</c> embedded in this assembly: its
/// operations with their request and response schemas, built once per process. Only the JSON Schemas are taken out
/// of the OpenAPI document (for JsonSchema.Net), so the sandbox needs no OpenAPI reader and stays trim-safe.
/// </summary>
internal sealed class ApiContract
{
    public const string DocumentPath = "docs/contract/marketplace-v3.openapi.json";
    private const string ResourceName = "Marketplace.Sandbox.Contract.marketplace-v3.openapi.json";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private static readonly Lazy<ApiContract> Instance = new(Load);

    private ApiContract(IReadOnlyList<ContractOperation> operations) => Operations = operations;

    public static ApiContract Default => Instance.Value;

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>The operation for a request path under the API root (<c>/rest/3/…</c>), the most literal match first.</summary>
    public ContractOperation? Find(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Operations
            .Select(operation => (Operation: operation, Score: operation.Match(method, segments)))
            .Where(match => match.Score >= 0)
            .OrderByDescending(match => match.Score)
            .Select(match => match.Operation)
            .FirstOrDefault();
    }

    public static JsonObject ReadDocument()
    {
        using var stream = typeof(ApiContract).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The contract {ResourceName} is not embedded in the sandbox");
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static ApiContract Load()
    {
        var document = ReadDocument();
        var components = document["components"]!["schemas"]!.AsObject();
        var operations = new List<ContractOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item?[method] is not JsonObject operation)
                {
                    continue;
                }

                var id = operation["operationId"]!.GetValue<string>();
                string? mediaType = null;
                ContractSchema? body = null;
                if (operation["requestBody"]?["content"] is JsonObject content && content.FirstOrDefault() is var (media, mediaObject) && media is not null)
                {
                    mediaType = media;
                    body = media.Contains("json", StringComparison.Ordinal) ? ContractSchema.Build(mediaObject!["schema"]!, components, id + "-request") : null;
                }

                var responses = new Dictionary<int, ContractSchema>();
                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    if (int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code < 300
                        && response?["content"]?["application/json"]?["schema"] is { } schema)
                    {
                        responses[code] = ContractSchema.Build(schema, components, $"{id}-{status}");
                    }
                }

                var errorSchema = operation["responses"]?["400"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>() ?? string.Empty;
                var listingErrors = errorSchema.EndsWith("ListingValidationErrorList", StringComparison.Ordinal);
                var style = listingErrors ? ErrorStatusStyle.Number
                    : errorSchema.EndsWith("/JsonErrorsDoc", StringComparison.Ordinal) ? ErrorStatusStyle.JsonErrors
                    : ErrorStatusStyle.String;
                operations.Add(new ContractOperation(id, method.ToUpperInvariant(), path, mediaType, body, responses,
                    style, listingErrors ? "VALIDATION_FAIL" : "VALIDATION_ERROR"));
            }
        }

        return new ApiContract(operations);
    }
}
