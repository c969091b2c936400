using System.Text.Json;
using Marketplace.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Sandbox.Contract;

/// <summary>
/// Holds every API request to the contract before an endpoint sees it (one rule in one place): a JSON body that breaks
/// its request schema (an unknown field at any depth, a wrong type, a missing required field, a value outside an enum)
/// is the endpoint's 400 in the reference's error shape, naming the field. Every request is recorded in the
/// <see cref="ContractLedger"/>; a call the contract does not describe is recorded as such and left to the routes.
/// </summary>
internal sealed class ContractMiddleware(ApiContract contract)
{
    private const string ApiRoot = "/marketplace";
    private const string ProductAgent = "marketplace-release";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments(ApiRoot + "/rest", StringComparison.Ordinal, out _))
        {
            await next(context);
            return;
        }

        var apiPath = path.Value![ApiRoot.Length..];
        var fromProduct = context.Request.Headers.UserAgent.ToString().StartsWith(ProductAgent, StringComparison.OrdinalIgnoreCase);
        var operation = contract.Find(context.Request.Method, apiPath);
        if (operation is null)
        {
            ContractLedger.Record(new ContractCheck($"{context.Request.Method} {apiPath}", ContractVerdict.Undescribed, ["the contract describes no such call"], fromProduct));
            await next(context);
            return;
        }

        var (verdict, violations) = await CheckAsync(context, operation);
        ContractLedger.Record(new ContractCheck(operation.Name, verdict, violations, fromProduct));
        if (verdict == ContractVerdict.Violates && operation.BodySchema is not null && violations.Count > 0 && !violations[0].StartsWith(MediaTypeNote, StringComparison.Ordinal))
        {
            var problem = new ApiProblem(400, operation.ErrorCode, violations[0],
                $"{string.Join("; ", violations)} (request schema of {operation.Name} in {ApiContract.DocumentPath})");
            await JsonResponses.WriteErrorAsync(context, problem, operation.ErrorStyle);
            return;
        }

        await next(context);
    }

    private const string MediaTypeNote = "Content-Type";

    private static async Task<(ContractVerdict Verdict, IReadOnlyList<string> Violations)> CheckAsync(HttpContext context, ContractOperation operation)
    {
        if (operation.BodyMediaType is null)
        {
            return (ContractVerdict.NoBody, []);
        }

        var sentType = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        var mediaViolation = string.Equals(sentType, operation.BodyMediaType, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{MediaTypeNote} {sentType ?? "(none)"}: the contract takes {operation.BodyMediaType}";
        if (operation.BodySchema is null)
        {
            // A multipart upload: the endpoint reads and checks the file part itself.
            return mediaViolation is null ? (ContractVerdict.Conforms, []) : (ContractVerdict.Violates, [mediaViolation]);
        }

        context.Request.EnableBuffering();
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException exception)
        {
            return (ContractVerdict.Violates, [$"Malformed JSON: {exception.Message}"]);
        }
        finally
        {
            context.Request.Body.Position = 0;
        }

        using (document)
        {
            var violations = operation.BodySchema.Violations(document.RootElement).ToList();
            if (mediaViolation is not null)
            {
                // Recorded for the ledger; the endpoint answers the media type itself (415 where the reference says so).
                violations.Add(mediaViolation);
            }

            return violations.Count == 0 ? (ContractVerdict.Conforms, []) : (ContractVerdict.Violates, violations);
        }
    }
}
