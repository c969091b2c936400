using System.Text.Json.Nodes;

namespace Marketplace.Release.Api.Models;

/// <summary>One operation of a JSON Patch (RFC 6902), as <c>PATCH …/cloud-migration-compatibility/products/{productId}</c> takes it.</summary>
/// <param name="Path">A JSON Pointer to a top-level field, e.g. <c>/migrationPath</c>.</param>
internal sealed record JsonPatchOperation(JsonPatchOp Op, string Path, JsonNode? Value);
