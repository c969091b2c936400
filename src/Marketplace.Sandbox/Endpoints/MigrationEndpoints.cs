using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// <c>/rest/3/cloud-migration-compatibility/products/{productId}</c> (reference: "Migrations"): GET the record (404
/// NOT_FOUND without one), PUT (<c>application/json</c>) to create it, PATCH (<c>application/json-patch+json</c>
/// only, see <see cref="MigrationPatch"/>) to change it. [ours] Where the reference is silent: a PUT when a record
/// exists is 400 VALIDATION_ERROR "Migration info already exists" (create-only, as its name says; change it with
/// PATCH); a PATCH without a record is 404; PUT answers 201 and PATCH 200, both with the record as the GET shows it.
/// </summary>
internal static class MigrationEndpoints
{
    private const string Path = "/rest/3/cloud-migration-compatibility/products/{productId}";
    private const ErrorStatusStyle Style = ErrorStatusStyle.String;

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapGet(Path, EndpointKit.Handle(context => GetAsync(context, sandbox)));
        routes.MapPut(Path, EndpointKit.Handle(context => CreateAsync(context, sandbox)));
        routes.MapPatch(Path, EndpointKit.Handle(context => PatchAsync(context, sandbox)));
    }

    private static Task GetAsync(HttpContext context, SandboxContext sandbox)
    {
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var product = ProductLookup.Require(context, sandbox.Store, Style);
            result = RequireRecord(product).Render(product);
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static async Task CreateAsync(HttpContext context, SandboxContext sandbox)
    {
        RequestMediaType.Require(context, RequestMediaType.Json, Style);
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.Validation(message));
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var product = ProductLookup.Require(context, sandbox.Store, Style);
            if (product.Migration is not null)
            {
                throw ApiProblem.Validation("Migration info already exists for this product", "Change it with PATCH (application/json-patch+json)");
            }

            product.Migration = new MigrationEntry(MigrationFields.Record(body, product.DeveloperId));
            result = product.Migration.Render(product);
        }

        await JsonResponses.WriteAsync(context, 201, result);
    }

    private static async Task PatchAsync(HttpContext context, SandboxContext sandbox)
    {
        RequestMediaType.Require(context, RequestMediaType.JsonPatch, Style);
        JsonNode? patch;
        try
        {
            patch = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw ApiProblem.Validation("Malformed JSON: " + exception.Message);
        }

        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var product = ProductLookup.Require(context, sandbox.Store, Style);
            var record = RequireRecord(product);
            record.Fields = MigrationPatch.Apply(patch, record.Fields);
            result = record.Render(product);
        }

        await JsonResponses.WriteAsync(context, 200, result);
    }

    private static MigrationEntry RequireRecord(ProductEntry product) =>
        product.Migration ?? throw new ApiProblem(404, "NOT_FOUND", "Migration info not found", $"Product {product.ProductId} has no migration info yet; create it with PUT");
}
