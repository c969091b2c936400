using System.Text.Json;
using Json.Schema;
using Marketplace.Release.Manifest;
using Marketplace.Release.Manifest.Yaml;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// Issue 15 item 6: every valid and broken manifest of the manifest tests goes through both <c>validate</c> (the loader)
/// and <c>schema/marketplace-release.schema.json</c> (JsonSchema.Net, formats asserted as editors do), and they must
/// agree, except on the rules a JSON Schema cannot state, each listed in <see cref="Inexpressible"/> with its reason.
/// The YAML becomes JSON with the YAML 1.2 core types an editor's language server uses (<c>1.10</c> is a number,
/// <c>"42"</c> a string).
/// </summary>
internal sealed class SchemaAgreementTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ManifestSchema.Json);

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    /// <summary>Rules of <c>validate</c> that no JSON Schema can state: a part of the error message, and why.</summary>
    private static readonly (string Message, string Reason)[] Inexpressible =
    [
        ("does not exist", "the file system: whether a named file exists"),
        ("is a folder", "the file system: what a path names"),
        ("leaves the workspace", "the file system: where a path leads after links"),
        ("environment variable", "the environment: whether a variable is set"),
        ("needs the developer id", "the environment: MARKETPLACE_DEVELOPER_ID may give it"),
        ("the upper bound is below the lower bound", "compares two values of one entry as versions"),
        ("is listed twice", "uniqueness of one property across list items"),
        ("is used twice", "uniqueness of one property across list items (target names)"),
        ("both release", "uniqueness of a pair (hosting, version number or build number) across targets, after merging each target over the top level"),
        ("from-version cannot be used", "arithmetic on the version number"),
        ("cannot be told from the artifact", "the framework is inferred from the artifact's file name"),
        ("needs the app's file", "the framework is inferred from the artifact's file name"),
        ("duplicate key", "YAML: a JSON instance cannot hold a duplicate key"),
        ("YAML syntax error", "YAML: the text is no document"),
        ("privacySecurity.file", "the content of another file"),
        ("broken.json", "the content of another file"),
        ("must use https", "a URL's host (plain http only to this machine)"),
        ("is not an https URL", "a URL's scheme and host (format uri takes any scheme)"),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        ManifestCorpus.All().Select(manifest => new TestCaseData(manifest).SetArgDisplayNames(manifest.ToString()));

    [TestCaseSource(nameof(Cases))]
    public void Validate_and_the_schema_agree(ManifestCase manifest)
    {
        var validateError = Validate(manifest);
        var schemaErrors = SchemaErrors(manifest.Yaml);
        if (manifest.Expected is not null)
        {
            Assert.That(validateError, Does.Contain(manifest.Expected), "the corpus case is broken the way its test says");
        }

        var exemption = validateError is null ? null : Inexpressible.FirstOrDefault(rule => validateError.Contains(rule.Message, StringComparison.Ordinal)).Reason;
        if (exemption is not null && schemaErrors.Count == 0)
        {
            Assert.Pass($"the schema cannot express this rule: {exemption}");
        }

        Assert.That(schemaErrors.Count == 0, Is.EqualTo(validateError is null),
            $"validate: {validateError ?? "valid"}\nschema: {(schemaErrors.Count == 0 ? "valid" : string.Join("\n  ", schemaErrors))}");
    }

    [Test]
    public void The_corpus_holds_the_suites_valid_and_broken_manifests()
    {
        var corpus = ManifestCorpus.All().ToList();

        Assert.That(corpus.Count(manifest => manifest.Expected is null), Is.GreaterThanOrEqualTo(10));
        Assert.That(corpus.Count(manifest => manifest.Expected is not null), Is.GreaterThanOrEqualTo(100));
    }

    [Test]
    public void The_schema_refuses_what_it_must()
    {
        // Guards the harness: a schema that accepted everything would agree with every valid case.
        Assert.That(SchemaErrors("schema: 1\napp: {key: a}\n"), Is.Not.Empty);
    }

    private static string? Validate(ManifestCase manifest)
    {
        using var workspace = ManifestCorpus.Workspace(manifest.Yaml);
        try
        {
            Load(workspace, Environment(("VERSION", "1.4.0")));
            return null;
        }
        catch (ManifestException exception)
        {
            return string.Join("\n", exception.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        }
    }

    /// <summary>The schema's errors for the YAML; a text that is no YAML document is one error.</summary>
    internal static List<string> SchemaErrors(string yaml)
    {
        var diagnostics = new ManifestDiagnosticBag("manifest");
        var root = ManifestYamlReader.Read(yaml, diagnostics);
        if (root is null || diagnostics.Count > 0)
        {
            return ["not a YAML document"];
        }

        var json = YamlJson.ToJson(root)?.ToJsonString() ?? "null";
        using var document = JsonDocument.Parse(json);
        var results = Schema.Evaluate(document.RootElement, Options);
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
                .DefaultIfEmpty("invalid")
                .ToList();
    }
}
