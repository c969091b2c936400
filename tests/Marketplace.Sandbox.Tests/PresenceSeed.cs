using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests;

/// <summary>The default seed's developer space and product, and seed helpers for the presence endpoints.</summary>
internal static class PresenceSeed
{
    public const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";
    public const string ProductId = "4d8e2f1a-3b5c-4a6d-9e7f-1a2b3c4d5e6f";
    public const string AppListingPath = "rest/3/product-listing/" + ProductId;
    public const string MigrationPath = "rest/3/cloud-migration-compatibility/products/" + ProductId;
    public const string PrivacyPath = "rest/3/privacy-and-security/products/" + ProductId;

    /// <summary>Adds <paramref name="count"/> more apps to the default developer space, every other one PRIVATE.</summary>
    public static void AddApps(SandboxSeed seed, int count)
    {
        for (var index = 0; index < count; index++)
        {
            var number = index.ToString("D2", CultureInfo.InvariantCulture);
            seed.Apps.Add(new SeedApp
            {
                Key = $"com.example.app{number}",
                Name = $"App {number}",
                DeveloperId = DeveloperId,
                ProductId = $"00000000-0000-4000-8000-0000000000{number}",
                AppListing = new JsonObject { ["state"] = index % 2 == 0 ? "PRIVATE" : "PUBLIC" },
            });
        }
    }

    public static StringContent Json(JsonNode body, string mediaType = "application/json") =>
        new(body.ToJsonString(), Encoding.UTF8, mediaType);

    public static StringContent JsonPatch(JsonNode operations) => Json(operations, "application/json-patch+json");

    public static async Task<JsonObject> GetObjectAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await SandboxHarness.ReadJsonAsync(response)).AsObject();
    }

    /// <summary>The first error of a Marketplace error body.</summary>
    public static async Task<JsonNode> ErrorAsync(HttpResponseMessage response) =>
        (await SandboxHarness.ReadJsonAsync(response))["errors"]![0]!;
}
