using System.Reflection;
using Marketplace.Release.Tests.Fixtures;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// Every valid and broken manifest of the manifest tests, for <see cref="SchemaAgreementTests"/>: the broken ones are
/// read from the <c>[TestCase]</c> arguments of the error tests (so a new case joins automatically), the valid ones
/// are listed here. A case's <see cref="ManifestCase.Expected"/> is the error the test expects (null when valid).
/// </summary>
internal static class ManifestCorpus
{
    public static IEnumerable<ManifestCase> All()
    {
        foreach (var valid in Valid())
        {
            yield return valid;
        }

        foreach (var broken in Broken())
        {
            yield return broken;
        }
    }

    /// <summary>A workspace holding the manifest and every file a corpus manifest names.</summary>
    public static WorkspaceBuilder Workspace(string yaml) =>
        ManifestTestSupport.Workspace(yaml)
            .WithPluginJar("build/timesheets-2.1.0-jira10.jar", version: "2.1.0")
            .WithPluginJar("build/timesheets-3.1.0-jira11.jar", version: "3.1.0")
            .WithPng("docs/banner.png")
            .WithPng("docs/screens/board.png")
            .WithPng("docs/h1.png")
            .WithPng("docs/t1.png")
            .WithPng("docs/hero.JPG")
            .WithPng("docs/install.gif")
            .WithFile("privacy-and-security.yml", PresenceSectionTests.PrivacyYaml)
            .WithFile("p.yml", "a: 1\n")
            .WithFile("empty.yml", "- a\n- b\n")
            .WithFile("broken.json", "{\n  \"logDetails\": [1, 2\n}\n")
            .WithFile("answers/privacy.json", """{"commonCloud": {"logDetails": {"logEndUserData": true}}}""");

    private static IEnumerable<ManifestCase> Valid()
    {
        yield return new("valid: minimal", MinimalManifest, null);
        yield return new("valid: the full manifest of ValidManifestTests", ValidManifestTests.FullManifest, null);
        yield return new("valid: the bundled example", File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "examples", "marketplace-release.yml")), null);
        yield return new("valid: presence sections", PresenceSectionTests.WithDeveloperId(MinimalManifest) + PresenceSectionTests.Presence, null);
        yield return new("valid: json privacy answers, not published", PresenceSectionTests.WithDeveloperId(MinimalManifest) + "privacySecurity:\n  file: answers/privacy.json\n  publish: false\n", null);
        yield return new("valid: max latest", MaxLatestTests.WithMax("max: latest"), null);
        yield return new("valid: connect", FrameworkAttributeTests.Manifest("connect", "  artifactUrl: https://example.com/atlassian-connect.json\n  frameworkAttributes:\n    scopes: [READ, WRITE]\n"), null);
        yield return new("valid: forge", FrameworkAttributeTests.Manifest("forge", "  frameworkAttributes:\n    appId: a\n    versionId: v\n    envId: e\n    scopes: [s]\n    appAccess: []\n"), null);
        yield return new("valid: external", FrameworkAttributeTests.Manifest("external", "  frameworkAttributes:\n    authorization: true\n    binaryUrl: https://example.com/app.zip\n", "  build: 42"), null);
        yield return new("valid: number 1.10 unquoted", ManifestErrorTests.Minimal("number: 1.4.0", "number: 1.10").Replace("build: from-version", "build: 42", StringComparison.Ordinal), null);
        yield return new("valid: build quoted", ManifestErrorTests.Minimal("build: from-version", "build: \"100400000\""), null);
        yield return new("valid: interpolated values", ManifestErrorTests.Minimal("number: 1.4.0", "number: ${VERSION}").Replace("paymentModel: free", "paymentModel: ${PAYMENT:-free}", StringComparison.Ordinal), null);
        yield return new("valid: github release notes", MinimalManifest + "github:\n  release: v1.4.0\n  releaseNotes: true\n", null);
        yield return new("valid: github asset", ManifestErrorTests.Minimal("  artifact: target/timesheets-1.4.0.jar\n", "") + "github:\n  release: v1.4.0\n  asset: timesheets-*.jar\n", null);
        yield return new("valid: targets (two Data Center builds and a Cloud app)", TargetsManifestTests.TwoBuildsAndCloud, null);
        yield return new("valid: partner terms as text", MinimalManifest + "listing:\n  developerLinks:\n    partnerSpecificTerms: Custom partner terms apply\n", null);
    }

    private static IEnumerable<ManifestCase> Broken()
    {
        foreach (var arguments in Cases<ManifestErrorTests>(nameof(ManifestErrorTests.Unknown_keys_are_errors)))
        {
            yield return new($"unknown key: {arguments[0]}", MinimalManifest + (string)arguments[0]!, (string)arguments[1]!);
        }

        foreach (var arguments in Cases<ManifestErrorTests>(nameof(ManifestErrorTests.Values_of_the_wrong_kind_are_errors_with_a_fix)))
        {
            yield return new($"wrong value: {arguments[0]}", MinimalManifest + (string)arguments[0]!, (string)arguments[1]!);
        }

        foreach (var arguments in Cases<ManifestErrorTests>(nameof(ManifestErrorTests.Version_and_app_problems_are_errors_with_a_fix)))
        {
            yield return new($"version/app: {arguments[1]}", ManifestErrorTests.Minimal((string)arguments[0]!, (string)arguments[1]!), (string)arguments[2]!);
        }

        foreach (var arguments in Cases<FrameworkAttributeTests>(nameof(FrameworkAttributeTests.A_wrong_type_or_a_missing_attribute_is_an_error_at_its_position)))
        {
            var framework = (string)arguments[0]!;
            var attributes = (string)arguments[1]!;
            var manifest = framework == "external" ? FrameworkAttributeTests.Manifest(framework, attributes, "  build: 42") : FrameworkAttributeTests.Manifest(framework, attributes);
            yield return new($"framework {framework}: {attributes}", manifest, (string)arguments[2]!);
        }

        yield return new("connect with a version number", FrameworkAttributeTests.Manifest("connect", "  frameworkAttributes:\n    scopes: [READ]\n")
            .Replace("  supported: true\n", "  number: 2.0.0\n", StringComparison.Ordinal), "the Marketplace assigns connect's version number");

        foreach (var framework in (string[])["connect", "forge"])
        {
            yield return new($"framework {framework} with a build", FrameworkAttributeTests.Manifest(framework,
                framework == "connect" ? "  frameworkAttributes:\n    scopes: [READ]\n" : "  frameworkAttributes:\n    appId: a\n    versionId: v\n    envId: e\n    scopes: [s]\n",
                "  build: from-version"), "version.build is assigned by the Marketplace");
        }

        foreach (var arguments in Cases<PresenceSectionTests>(nameof(PresenceSectionTests.Presence_problems_are_errors_at_their_position)))
        {
            yield return new($"presence: {arguments[0]}", PresenceSectionTests.WithDeveloperId(MinimalManifest) + (string)arguments[0]! + "\n", (string)arguments[1]!);
        }

        foreach (var arguments in Cases<PresenceSectionTests>(nameof(PresenceSectionTests.A_presence_section_without_a_developer_id_names_both_ways)))
        {
            yield return new($"presence without developer id: {arguments[0]}", MinimalManifest + (string)arguments[0]!, (string)arguments[1]!);
        }

        foreach (var arguments in Cases<MaxLatestTests>(nameof(MaxLatestTests.Latest_is_only_the_exact_word_for_max)))
        {
            yield return new($"max: {arguments[0]}", MaxLatestTests.WithMax((string)arguments[0]!), (string)arguments[1]!);
        }

        foreach (var arguments in Cases<TargetsManifestTests>(nameof(TargetsManifestTests.Target_problems_are_errors_at_the_target)))
        {
            var expected = (string)arguments[1]!;
            var message = expected[(expected.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            // The merged version (missing keys) and the cross-section github rule are the loader's alone: see SchemaAgreementTests.
            if (!message.StartsWith("version is missing", StringComparison.Ordinal) && !message.Contains("needs the top-level github", StringComparison.Ordinal))
            {
                yield return new($"targets: {message}", TargetsManifestTests.Broken((string)arguments[0]!), message);
            }
        }

        yield return new("highlight without screenshot", MinimalManifest + "listing:\n  highlights:\n    - {title: a, screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}}\n    - {title: b, screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}}\n    - {title: c}\n", "needs a screenshot");
        yield return new("release notes twice", MinimalManifest + "  releaseNotes: a\n  releaseNotesFile: CHANGELOG.md\n", "version has both releaseNotes and releaseNotesFile");
        yield return new("release notes with github.releaseNotes", MinimalManifest + "  releaseNotes: a\ngithub:\n  release: v1\n  releaseNotes: true\n", "github.releaseNotes: true takes the notes");
        yield return new("release notes file with github.releaseNotes", MinimalManifest + "  releaseNotesFile: CHANGELOG.md\ngithub:\n  release: v1\n  releaseNotes: true\n", "github.releaseNotes: true takes the notes");
        yield return new("artifact with github.asset", MinimalManifest + "github:\n  release: v1\n  asset: t-*.jar\n", "the artifact is given more than once");
        yield return new("artifactUrl with github.asset", ManifestErrorTests.Minimal("artifact: target/timesheets-1.4.0.jar", "artifactUrl: https://example.com/t.jar") + "github:\n  release: v1\n  asset: t-*.jar\n", "the artifact is given more than once");
        yield return new("duplicate key", MinimalManifest + "  paymentModel: paid-via-vendor\n", "duplicate key");
    }

    private static IEnumerable<object?[]> Cases<T>(string method) =>
        typeof(T).GetMethod(method)!.GetCustomAttributes<TestCaseAttribute>().Select(testCase => testCase.Arguments);
}
