using Json.Schema;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Contract;

/// <summary>
/// One method and path of the contract, with what the sandbox needs to hold a request to it: the request body's media
/// type and schema (none for a call without a body), and the shape of the endpoint's 400 (listing endpoints write the
/// error's status as a number and the code VALIDATION_FAIL; the others a string and VALIDATION_ERROR).
/// </summary>
internal sealed record ContractOperation(
    string OperationId,
    string Method,
    string PathTemplate,
    string? BodyMediaType,
    ContractSchema? BodySchema,
    IReadOnlyDictionary<int, ContractSchema> ResponseSchemas,
    ErrorStatusStyle ErrorStyle,
    string ErrorCode)
{
    public string Name => $"{Method} {PathTemplate}";

    private string[] Segments { get; } = PathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The number of literal segments of a matching template (a literal beats a parameter), or -1 for no match.</summary>
    public int Match(string method, IReadOnlyList<string> segments)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) || segments.Count != Segments.Length)
        {
            return -1;
        }

        var literals = 0;
        for (var index = 0; index < Segments.Length; index++)
        {
            var template = Segments[index];
            if (template.StartsWith('{'))
            {
                if (segments[index].Length == 0)
                {
                    return -1;
                }
            }
            else if (string.Equals(template, segments[index], StringComparison.Ordinal))
            {
                literals++;
            }
            else
            {
                return -1;
            }
        }

        return literals;
    }
}
