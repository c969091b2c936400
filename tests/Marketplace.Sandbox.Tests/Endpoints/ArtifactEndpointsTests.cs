using System.Net;
using System.Security.Cryptography;

namespace Marketplace.Sandbox.Tests.Endpoints;

public sealed class ArtifactEndpointsTests
{
    [Test]
    public async Task An_upload_answers_file_info_links_and_plugin_details_but_no_artifactId()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var jar = TestFiles.PluginJar("com.example.timesheets", "1.4.0");

        using var response = await sandbox.UploadArtifactAsync(jar, "timesheets-1.4.0.jar");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await SandboxHarness.ReadJsonAsync(response);
        var href = body["_links"]!["self"]!["href"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(body["artifactId"], Is.Null);
            Assert.That(href, Does.Match("^/rest/3/artifacts/[0-9a-f-]{36}$"));
            Assert.That(body["_links"]!["binary"]!["href"]!.GetValue<string>(), Is.EqualTo(href + "/download"));
            Assert.That(body["fileInfo"]!["logicalFileName"]!.GetValue<string>(), Is.EqualTo("timesheets-1.4.0.jar"));
            Assert.That(body["fileInfo"]!["size"]!.GetValue<long>(), Is.EqualTo(jar.Length));
            Assert.That(body["fileInfo"]!["checksum"]!.GetValue<string>(), Is.EqualTo("sha512:" + Convert.ToHexStringLower(SHA512.HashData(jar))));
            Assert.That(body["details"]!["key"]!.GetValue<string>(), Is.EqualTo("com.example.timesheets"));
            Assert.That(body["details"]!["version"]!.GetValue<string>(), Is.EqualTo("1.4.0"));
            Assert.That(sandbox.Server.State.ArtifactUploadCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_stored_binary_is_the_uploaded_file()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var jar = TestFiles.PluginJar("com.example.timesheets", "1.4.0", paddingBytes: 300_000);
        var id = await UploadAsync(sandbox, jar);

        var downloaded = await sandbox.Client.GetByteArrayAsync($"rest/3/artifacts/{id}/download");

        Assert.That(downloaded, Is.EqualTo(jar));
    }

    [Test]
    public async Task A_large_upload_is_streamed_not_buffered()
    {
        const int Size = 96 * 1024 * 1024;
        await using var sandbox = await SandboxHarness.StartAsync();
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, TestFiles.PluginJar("com.example.big", "1.0.0", paddingBytes: Size));
            var expected = "sha512:" + Convert.ToHexStringLower(SHA512.HashData(File.ReadAllBytes(path)));
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

            await using var file = File.OpenRead(path);
            using var form = new MultipartFormDataContent { { new StreamContent(file, 64 * 1024), "file", "big.jar" } };
            using var response = await sandbox.Client.PostAsync("rest/3/artifacts", form);

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await SandboxHarness.ReadJsonAsync(response))["fileInfo"]!["checksum"]!.GetValue<string>(), Is.EqualTo(expected));
            Assert.That(allocated, Is.LessThan(Size / 4), "client and server together allocate far less than the file: nothing holds it whole");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(new byte[0], "empty.jar", "empty")]
    [TestCase(new byte[] { 1, 2, 3, 4 }, "broken.jar", "not a valid jar")]
    [TestCase(new byte[] { 1, 2, 3, 4 }, "broken.obr", "not a valid obr")]
    public async Task An_empty_or_non_zip_jar_is_400(byte[] content, string fileName, string expected)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.UploadArtifactAsync(content, fileName);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(expected));
        Assert.That(sandbox.Server.State.ArtifactUploadCount, Is.Zero);
    }

    [Test]
    public async Task A_body_without_a_file_part_is_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "notfile" } };

        using var response = await sandbox.Client.PostAsync("rest/3/artifacts", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("'file'"));
    }

    // 100 000: the declared Content-Length already tells; 190 000: only counting the streamed part does.
    [TestCase(100_000)]
    [TestCase(190_000)]
    public async Task An_artifact_over_the_limit_is_413_and_not_stored(long maxBytes)
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.MaxArtifactBytes = maxBytes);

        using var tooLarge = await sandbox.UploadArtifactAsync(TestFiles.PluginJar("k", "1", paddingBytes: 200_000), "big.jar");
        using var small = await sandbox.UploadArtifactAsync(TestFiles.PluginJar("k", "1"), "small.jar");

        Assert.That(tooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(small.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a refused upload does not use up the upload spacing");
        Assert.That(sandbox.Server.State.Artifacts.Select(artifact => artifact.FileName), Does.Not.Contain("big.jar"));
    }

    [Test]
    public async Task Status_form_answers_PROCESSING_until_the_delay_passed_then_PROCESSED()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.ProcessingDelay = TimeSpan.FromSeconds(2));
        var id = await UploadAsync(sandbox, TestFiles.PluginJar("k", "1"));

        var during = await StatusAsync(sandbox, id);
        sandbox.Time.Advance(TimeSpan.FromSeconds(2));
        var after = await StatusAsync(sandbox, id);

        Assert.That(during, Is.EqualTo((HttpStatusCode.OK, "PROCESSING")));
        Assert.That(after, Is.EqualTo((HttpStatusCode.OK, "PROCESSED")));
    }

    [Test]
    public async Task NotFound_form_answers_404_ARTIFACT_NOT_FOUND_until_processed()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed =>
        {
            seed.ProcessingDelay = TimeSpan.FromSeconds(3);
            seed.ProcessingForm = ArtifactProcessingForm.NotFound;
        });
        var id = await UploadAsync(sandbox, TestFiles.PluginJar("k", "1"));

        using var during = await sandbox.Client.GetAsync($"rest/3/artifacts/{id}");
        var duringBody = await during.Content.ReadAsStringAsync();
        sandbox.Time.Advance(TimeSpan.FromSeconds(3));
        var after = await StatusAsync(sandbox, id);

        Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(duringBody, Does.Contain("ARTIFACT_NOT_FOUND"));
        Assert.That(after, Is.EqualTo((HttpStatusCode.OK, "PROCESSED")));
    }

    [Test]
    public async Task Processing_can_be_made_to_fail_by_file_name_or_by_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.ProcessingFailures.Add(new SeedProcessingFailure("*-broken.jar", "Missing descriptor")));
        var byName = await UploadAsync(sandbox, TestFiles.PluginJar("k", "1"), "app-broken.jar");
        var byId = await UploadAsync(sandbox, TestFiles.PluginJar("k", "1"), "app.jar");
        sandbox.Server.Faults.FailArtifact(byId, "Rejected by id");

        using var response = await sandbox.Client.GetAsync($"rest/3/artifacts/{byName}");
        var body = await SandboxHarness.ReadJsonAsync(response);

        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("FAILED"));
        Assert.That(body["statusReason"]!.GetValue<string>(), Is.EqualTo("Missing descriptor"));
        Assert.That(sandbox.Server.State.Artifact(byId)!.StatusReason, Is.EqualTo("Rejected by id"));
        using var version = await sandbox.PostJsonAsync($"rest/3/app-software/{SandboxHarness.DataCenterId}/versions", SandboxHarness.PluginVersion(byName));
        Assert.That(version.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_second_upload_within_the_spacing_is_429_with_Retry_After()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed => seed.UploadSpacing = TimeSpan.FromSeconds(10));
        await UploadAsync(sandbox, TestFiles.PluginJar("k", "1"));
        sandbox.Time.Advance(TimeSpan.FromSeconds(3));

        using var tooSoon = await sandbox.UploadArtifactAsync(TestFiles.PluginJar("k", "1"), "again.jar");
        sandbox.Time.Advance(TimeSpan.FromSeconds(7));
        using var inTime = await sandbox.UploadArtifactAsync(TestFiles.PluginJar("k", "1"), "again.jar");

        Assert.That(tooSoon.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(tooSoon.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That((await SandboxHarness.ReadJsonAsync(tooSoon))["errors"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("429"));
        Assert.That(inTime.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sandbox.Server.State.ArtifactUploadCount, Is.EqualTo(2));
    }

    [Test]
    public async Task Fetch_records_the_uri_without_any_network_traffic()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.PostJsonAsync("rest/3/artifacts/fetch", new System.Text.Json.Nodes.JsonObject { ["uri"] = "https://example.com/dl/timesheets-1.4.0.jar" });
        using var unreachable = await sandbox.PostJsonAsync("rest/3/artifacts/fetch", new System.Text.Json.Nodes.JsonObject { ["uri"] = "https://unreachable/x.jar" });
        using var missingUri = await sandbox.PostJsonAsync("rest/3/artifacts/fetch", new System.Text.Json.Nodes.JsonObject { ["url"] = "https://example.com/x.jar" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await SandboxHarness.ReadJsonAsync(response);
        Assert.That(body["_links"]!["remote"]!["href"]!.GetValue<string>(), Is.EqualTo("https://example.com/dl/timesheets-1.4.0.jar"));
        Assert.That(body["fileInfo"]!["logicalFileName"]!.GetValue<string>(), Is.EqualTo("timesheets-1.4.0.jar"));
        Assert.That(await unreachable.Content.ReadAsStringAsync(), Does.Contain("ARTIFACT_REMOTE_FETCH_FAILURE"));
        Assert.That(missingUri.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(sandbox.Server.State.Artifacts.Single(artifact => artifact.RemoteUri is not null).FileName, Is.EqualTo("timesheets-1.4.0.jar"));
    }

    [Test]
    public async Task An_unknown_artifact_is_404_ARTIFACT_NOT_FOUND()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync("rest/3/artifacts/00000000-0000-0000-0000-000000000000");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("ARTIFACT_NOT_FOUND"));
    }

    private static async Task<string> UploadAsync(SandboxHarness sandbox, byte[] content, string fileName = "app.jar")
    {
        using var response = await sandbox.UploadArtifactAsync(content, fileName);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var href = (await SandboxHarness.ReadJsonAsync(response))["_links"]!["self"]!["href"]!.GetValue<string>();
        return href[(href.LastIndexOf('/') + 1)..];
    }

    private static async Task<(HttpStatusCode, string?)> StatusAsync(SandboxHarness sandbox, string id)
    {
        using var response = await sandbox.Client.GetAsync($"rest/3/artifacts/{id}");
        var body = await SandboxHarness.ReadJsonAsync(response);
        return (response.StatusCode, body["status"]?.GetValue<string>());
    }
}
