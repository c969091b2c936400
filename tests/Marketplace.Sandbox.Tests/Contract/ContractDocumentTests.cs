using System.Text.Json;
using Marketplace.Sandbox.Contract;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Marketplace.Sandbox.Tests.Contract;

/// <summary>
/// Issue 18: the contract is a valid OpenAPI 3.1 document (read by Microsoft.OpenApi, its reader's diagnostics and its
/// default validation rules), the sandbox embeds exactly the repository's copy, and the default seed is valid against
/// it: every seeded resource, read through the API, matches the contract's 200 answer.
/// </summary>
public sealed class ContractDocumentTests
{
    private static string DocumentPath()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ApiContract.DocumentPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new AssertionException($"{ApiContract.DocumentPath} not found above {TestContext.CurrentContext.TestDirectory}");
    }

    [Test]
    public void The_contract_is_valid_OpenAPI_3_1_without_errors_or_warnings()
    {
        var result = OpenApiDocument.Parse(File.ReadAllText(DocumentPath()), OpenApiConstants.Json, new OpenApiReaderSettings());

        Assert.That(result.Diagnostic, Is.Not.Null);
        Assert.That(result.Diagnostic!.Errors.Select(error => error.ToString()), Is.Empty);
        Assert.That(result.Diagnostic.Warnings.Select(warning => warning.ToString()), Is.Empty);
        Assert.That(result.Diagnostic.SpecificationVersion, Is.EqualTo(OpenApiSpecVersion.OpenApi3_1));
        Assert.That(result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(error => error.ToString()), Is.Empty);
        Assert.That(result.Document!.Paths!, Has.Count.GreaterThanOrEqualTo(20));
    }

    [Test]
    public void The_reader_reports_a_broken_document()
    {
        // Guards the test above: a path operation without responses is an error the reader must report.
        var result = OpenApiDocument.Parse("""{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{"/x":{"get":{}}}}""", OpenApiConstants.Json, new OpenApiReaderSettings());

        Assert.That(result.Diagnostic!.Errors.Concat(result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []), Is.Not.Empty);
    }

    [Test]
    public void The_sandbox_embeds_the_repository_s_contract()
    {
        Assert.That(ApiContract.ReadDocument().ToJsonString(), Is.EqualTo(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(DocumentPath()))!.ToJsonString()));
    }

    [Test]
    public void Every_JSON_request_body_of_the_contract_has_a_closed_schema_the_sandbox_builds()
    {
        var bodies = ApiContract.Default.Operations.Where(operation => operation.BodyMediaType?.Contains("json", StringComparison.Ordinal) == true).ToList();

        Assert.That(bodies.Select(operation => operation.Name), Has.Member("PUT /rest/3/app-software/{appSoftwareId}/versions/{buildNumber}")
            .And.Member("PUT /rest/3/product-listing/{productId}").And.Member("PATCH /rest/3/cloud-migration-compatibility/products/{productId}"));
        Assert.That(bodies.Where(operation => operation.BodySchema is null).Select(operation => operation.Name), Is.Empty);
    }

    private static IEnumerable<string> SeededReads()
    {
        const string software = SandboxHarness.DataCenterId;
        yield return "rest/3/app-software/app-key/com.example.timesheets";
        yield return $"rest/3/app-software/{software}/versions";
        yield return $"rest/3/app-software/{software}/versions/100300000";
        yield return $"rest/3/app-software/{software}/versions/100300000/listing";
        yield return $"rest/3/app-software/{software}/listings/all";
        yield return "rest/3/parent-software/jira/versions";
        yield return "rest/3/parent-software/jira/versions/build/11000000";
        yield return "rest/3/parent-software/jira/versions/number/10.3.0";
        yield return PresenceSeed.AppListingPath;
        yield return $"rest/3/product-listing/developer-space/{PresenceSeed.DeveloperId}?includePrivate=true";
        yield return PresenceSeed.MigrationPath;
    }

    [TestCaseSource(nameof(SeededReads))]
    public async Task The_default_seed_read_through_the_API_matches_the_contract_s_answer(string path)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync(path);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        var operation = ApiContract.Default.Find("GET", "/" + path.Split('?')[0]) ?? throw new AssertionException($"the contract describes no GET {path}");
        using var body = JsonDocument.Parse(text);
        Assert.That(operation.ResponseSchemas[200].Violations(body.RootElement), Is.Empty, text);
    }

    [Test]
    public async Task A_released_version_s_GET_carries_the_read_only_fields_of_the_contract()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var version = await PresenceSeed.GetObjectAsync(sandbox.Client, SandboxHarness.VersionPath(100300000));

        Assert.That(version.Select(property => property.Key), Is.SupersetOf(new[] { "state", "revision", "createdBy", "createdAt", "releaseDetails" }));
        Assert.That(version["licenseType"]!["name"], Is.Not.Null);
        Assert.That(version["releaseDetails"]!["releasedBy"]!.GetValue<string>(), Is.Not.Empty);
    }
}
