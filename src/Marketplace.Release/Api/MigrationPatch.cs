using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Api;

/// <summary>
/// The JSON Patch from one migration record to another: for each top-level field the desired record sets to another
/// value, <c>replace</c> when the live record has the field and <c>add</c> when it does not (RFC 6902: replace needs
/// the target to exist; the reference: "add: add a new field or update an existing one"). The paths are the JSON names
/// of <see cref="MigrationInfo"/>, so they are written in one place, and only those the contract lets a patch name.
/// Fields the desired record leaves out are never removed.
/// </summary>
internal static class MigrationPatch
{
    public static IReadOnlyList<JsonPatchOperation> Between(MigrationInfo? live, MigrationInfo desired)
    {
        var context = MarketplaceJsonContext.Default;
        var before = live is null ? [] : JsonSerializer.SerializeToNode(live, context.MigrationInfo)!.AsObject();
        var after = JsonSerializer.SerializeToNode(desired, context.MigrationInfo)!.AsObject();
        var operations = new List<JsonPatchOperation>();
        foreach (var (name, value) in after)
        {
            // Only the paths the contract's AppMigrationPatchDocumentation names: addonName and developerId are not patchable.
            if (value is null || JsonNode.DeepEquals(value, before[name]) || !RequestFields.MigrationPatchPaths.Contains("/" + name))
            {
                continue;
            }

            operations.Add(new JsonPatchOperation(before[name] is null ? JsonPatchOp.Add : JsonPatchOp.Replace, "/" + name, value.DeepClone()));
        }

        return operations;
    }
}
