using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Sandbox.Tests;

/// <summary>
/// A running sandbox on a free loopback port, a fake clock, and an HttpClient authenticated as the seed's user.
/// Tests get a fast default (no processing delay, no upload spacing) and tweak the seed for what they test.
/// </summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    public const string User = "sandbox@example.com";
    public const string Token = "sandbox-token";
    public const string DataCenterId = "5e1f3b2a-7c4d-4e8f-9a10-0b1c2d3e4f50";
    public const string ServerId = "6f2a4c3b-8d5e-4f90-8b21-1c2d3e4f5061";
    public const string SeededImageId = "7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172";
    public const string Agreement = "https://www.atlassian.com/licensing/marketplace/partneragreement";

    private SandboxHarness(SandboxServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Client = CreateClient(User, Token);
    }

    public SandboxServer Server { get; }
    public FakeTimeProvider Time { get; }
    public HttpClient Client { get; }

    public static async Task<SandboxHarness> StartAsync(Action<SandboxSeed>? configure = null, SandboxSeed? seed = null)
    {
        seed ??= SandboxSeed.Default;
        seed.ProcessingDelay = TimeSpan.Zero;
        seed.UploadSpacing = TimeSpan.Zero;
        configure?.Invoke(seed);
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var server = await SandboxServer.StartAsync(new SandboxOptions { Seed = seed, TimeProvider = time });
        return new SandboxHarness(server, time);
    }

    public HttpClient CreateClient(string? user, string? token)
    {
        // BaseAddress ends in "/" so relative paths "rest/3/…" resolve below /marketplace.
        var client = new HttpClient { BaseAddress = new Uri(Server.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{token}")));
        }

        return client;
    }

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public Task<HttpResponseMessage> PostJsonAsync(string path, JsonNode body) => Client.PostAsync(path, Json(body));

    public Task<HttpResponseMessage> PutJsonAsync(string path, JsonNode body) => Client.PutAsync(path, Json(body));

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new AssertionException("empty JSON body");

    public Task<HttpResponseMessage> UploadArtifactAsync(byte[] content, string fileName) => UploadAsync("rest/3/artifacts", content, fileName);

    public async Task<HttpResponseMessage> UploadAsync(string path, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await Client.PostAsync(path, form);
    }

    /// <summary>Uploads a plugin jar and returns the artifact id (the last segment of _links.self.href).</summary>
    public async Task<string> UploadPluginAsync(string fileName = "timesheets-1.4.0.jar")
    {
        using var response = await UploadArtifactAsync(TestFiles.PluginJar("com.example.timesheets", "1.4.0"), fileName);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var href = (await ReadJsonAsync(response))["_links"]!["self"]!["href"]!.GetValue<string>();
        return href[(href.LastIndexOf('/') + 1)..];
    }

    public async Task<string> UploadImageAsync(string imageType = "screenshot")
    {
        using var response = await UploadAsync($"rest/3/assets/images/{imageType}", TestFiles.Png(), "board.png");
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response))["id"]!.GetValue<string>();
    }

    /// <summary>A valid plugin version body for POST …/versions.</summary>
    public static JsonObject PluginVersion(string artifactId, long buildNumber = 100400000, string versionNumber = "1.4.0") => new()
    {
        ["buildNumber"] = buildNumber,
        ["versionNumber"] = versionNumber,
        ["compatibilities"] = new JsonArray(new JsonObject { ["parentSoftwareId"] = "jira", ["minBuildNumber"] = 9120000, ["maxBuildNumber"] = 10030003 }),
        ["supportedPaymentModel"] = "paid-via-atlassian",
        ["frameworkDetails"] = new JsonObject
        {
            ["frameworkId"] = "plugin",
            ["attributes"] = new JsonObject { ["artifactId"] = artifactId, ["pluginFrameworkType"] = "P2" },
        },
        ["licenseType"] = new JsonObject { ["id"] = "commercial" },
        ["supported"] = true,
        ["beta"] = false,
        ["acceptedAgreements"] = new JsonArray(new JsonObject { ["agreementUrl"] = Agreement }),
        ["changelog"] = new JsonObject { ["releaseSummary"] = "Faster exports", ["releaseNotes"] = "Export is now 3x faster." },
    };

    /// <summary>Uploads an artifact and creates version 1.4.0 on Data Center; returns its build number.</summary>
    public async Task<long> CreateVersionAsync(long buildNumber = 100400000)
    {
        var artifactId = await UploadPluginAsync();
        using var response = await PostJsonAsync($"rest/3/app-software/{DataCenterId}/versions", PluginVersion(artifactId, buildNumber));
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return buildNumber;
    }

    /// <summary>A connect descriptor's bytes; <paramref name="marker"/> makes descriptors differ (and so their sha512).</summary>
    public static byte[] Descriptor(string marker = "1") =>
        Encoding.UTF8.GetBytes($$"""{"key":"com.example.timesheets-connect","name":"Timesheets","baseUrl":"https://timesheets.example.com/{{marker}}","scopes":["READ","WRITE"]}""");

    /// <summary>Uploads a connect descriptor as an artifact and returns its id.</summary>
    public async Task<string> UploadDescriptorAsync(string marker = "1")
    {
        using var response = await UploadArtifactAsync(Descriptor(marker), "atlassian-connect.json");
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var href = (await ReadJsonAsync(response))["_links"]!["self"]!["href"]!.GetValue<string>();
        return href[(href.LastIndexOf('/') + 1)..];
    }

    /// <summary>A connect version body: no buildNumber or versionNumber (the Marketplace assigns both).</summary>
    public static JsonObject ConnectVersion(string descriptorId)
    {
        var body = PluginVersion("unused");
        body.Remove("buildNumber");
        body.Remove("versionNumber");
        body["frameworkDetails"] = new JsonObject
        {
            ["frameworkId"] = "connect",
            ["attributes"] = new JsonObject { ["descriptorId"] = descriptorId, ["scopes"] = new JsonArray("READ", "WRITE"), ["descriptorUrl"] = "https://timesheets.example.com/atlassian-connect.json" },
        };
        return body;
    }

    /// <summary>A forge version body: no buildNumber (the Marketplace assigns it); the version number is the manifest's.</summary>
    public static JsonObject ForgeVersion(string versionId, string versionNumber = "2.0.0")
    {
        var body = PluginVersion("unused", versionNumber: versionNumber);
        body.Remove("buildNumber");
        body["frameworkDetails"] = new JsonObject
        {
            ["frameworkId"] = "forge",
            ["attributes"] = new JsonObject
            {
                ["appId"] = "ari:cloud:ecosystem::app/0b1c2d3e-4f50-4a61-8b72-9c0d1e2f3a4b",
                ["versionId"] = versionId,
                ["envId"] = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
                ["scopes"] = new JsonArray("read:jira-work"),
            },
        };
        return body;
    }

    /// <summary>An external version body with a typed (boolean) authorization.</summary>
    public static JsonObject ExternalVersion(long buildNumber = 100500000)
    {
        var body = PluginVersion("unused", buildNumber, "1.5.0");
        body["frameworkDetails"] = new JsonObject
        {
            ["frameworkId"] = "external",
            ["attributes"] = new JsonObject { ["authorization"] = true, ["binaryUrl"] = "https://downloads.example.com/timesheets-1.5.0.zip" },
        };
        return body;
    }

    public static string VersionPath(long buildNumber) => $"rest/3/app-software/{DataCenterId}/versions/{buildNumber}";

    public static string ListingPath(long buildNumber) => VersionPath(buildNumber) + "/listing";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>
    /// The recorder logs a request when the server is done with it, which may be just after the client has seen the
    /// answer (or the drop): wait for the recorder's signal that <paramref name="count"/> requests are logged.
    /// </summary>
    public Task<IReadOnlyList<RecordedRequest>> RequestsWhenLoggedAsync(int count) =>
        Server.WaitForRequestsAsync(requests => requests.Count >= count).WaitAsync(TimeSpan.FromSeconds(30));
}
