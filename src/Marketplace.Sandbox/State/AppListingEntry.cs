using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.State;

/// <summary>
/// The app-level listing of a product (<c>/rest/3/product-listing/{productId}</c>). <see cref="Body"/> is held in the
/// shape the GET shows (tags as <c>{id, name}</c> objects) without <c>productId</c> and <c>revision</c>, which are
/// added when it is rendered.
/// </summary>
internal sealed class AppListingEntry(JsonObject body)
{
    public JsonObject Body { get; set; } = body;

    public int Revision { get; set; } = 1;

    public string? State => Http.JsonRead.String(Body["state"]);

    public JsonObject Render(string productId)
    {
        var json = new JsonObject { ["productId"] = productId };
        foreach (var (name, value) in Body)
        {
            json[name] = value?.DeepClone();
        }

        json["revision"] = Revision;
        return json;
    }
}
