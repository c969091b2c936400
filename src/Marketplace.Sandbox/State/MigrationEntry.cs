using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.State;

/// <summary>
/// A product's Cloud migration record (<c>/rest/3/cloud-migration-compatibility/products/{productId}</c>).
/// <see cref="Fields"/> holds the writable fields (developerId, addonName and the optional ones); addonKey and
/// productId are added when it is rendered.
/// </summary>
internal sealed class MigrationEntry(JsonObject fields)
{
    public JsonObject Fields { get; set; } = fields;

    public JsonObject Render(ProductEntry product)
    {
        var json = new JsonObject
        {
            ["productId"] = product.ProductId,
            ["addonKey"] = product.AppKey,
        };
        foreach (var (name, value) in Fields)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }
}
