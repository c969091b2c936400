using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;
using Cake.Marketplace.Tests.Fixtures;
using Path = System.IO.Path;

namespace Cake.Marketplace.Tests;

[TestFixture]
internal sealed class MarketplaceAliasesTests
{
    private static readonly MethodInfo[] Aliases = [.. typeof(MarketplaceAliases).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(method => method.GetCustomAttribute<CakeMethodAliasAttribute>() is not null)];

    private static IEnumerable<MethodInfo> AliasCases() => Aliases;

    [Test]
    public void Every_alias_the_spec_names_exists_with_and_without_settings()
    {
        string[] names =
        [
            "MarketplaceRelease", "MarketplaceValidate", "MarketplacePlan", "MarketplaceUploadArtifact", "MarketplaceWaitForArtifact",
            "MarketplaceCreateVersion", "MarketplaceCreateVersionListing", "MarketplacePublishVersionListing", "MarketplaceReport",
        ];

        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                var parameters = Aliases.Where(a => a.Name == name).Select(a => string.Join(",", a.GetParameters().Select(p => p.ParameterType.Name))).Order();
                Assert.That(parameters, Is.EqualTo(new[] { "ICakeContext,FilePath", "ICakeContext,FilePath,MarketplaceSettings" }), name);
            }

            Assert.That(Aliases, Has.Length.EqualTo(names.Length * 2));
            Assert.That(typeof(MarketplaceAliases).GetCustomAttribute<CakeAliasCategoryAttribute>()?.Name, Is.EqualTo("Marketplace"));
            Assert.That(typeof(MarketplaceAliases).GetCustomAttributes<CakeNamespaceImportAttribute>().Select(a => a.Namespace),
                Is.SupersetOf(new[] { "Cake.Marketplace", "Marketplace.Release.Pipeline", "Marketplace.Release.Manifest" }));
        });
    }

    [TestCaseSource(nameof(AliasCases))]
    public void Alias_signatures_carry_no_nullable_annotations(MethodInfo alias)
    {
        // Cake writes these signatures into generated script code; annotations there break script compilation.
        var annotated = alias.GetParameters().Select(p => p.GetCustomAttributes().Select(a => a.GetType().Name))
            .Append(alias.ReturnParameter.GetCustomAttributes().Select(a => a.GetType().Name))
            .Append(alias.GetCustomAttributes().Select(a => a.GetType().Name))
            .SelectMany(names => names)
            .Where(name => name is nameof(NullableAttribute) or nameof(NullableContextAttribute));

        Assert.That(annotated, Is.Empty);
    }

    [TestCaseSource(nameof(AliasCases))]
    public void Alias_has_documentation_with_an_example_in_the_shipped_XML(MethodInfo alias)
    {
        var xml = XDocument.Load(Path.ChangeExtension(typeof(MarketplaceAliases).Assembly.Location, ".xml"));
        var id = $"M:{alias.DeclaringType!.FullName}.{alias.Name}({string.Join(",", alias.GetParameters().Select(p => p.ParameterType.FullName))})";
        var member = xml.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == id);

        Assert.That(member, Is.Not.Null, id);
        Assert.Multiple(() =>
        {
            Assert.That(member!.Element("summary")?.Value.Trim(), Is.Not.Empty);
            Assert.That(member.Element("example")?.Element("code")?.Value, Does.Contain(alias.Name));
        });
    }

    [TestCaseSource(nameof(AliasCases))]
    public void Alias_refuses_a_null_context_manifest_or_settings(MethodInfo alias)
    {
        var context = FakeCakeContext.Create("/", new Dictionary<string, string?>(), new RecordingLog());
        var withSettings = alias.GetParameters().Length == 3;
        object?[] nullContext = withSettings ? [null, new FilePath("m.yml"), new MarketplaceSettings()] : [null, new FilePath("m.yml")];
        object?[] nullManifest = withSettings ? [context, null, new MarketplaceSettings()] : [context, null];

        Assert.Multiple(() =>
        {
            Assert.That(Invoke(alias, nullContext), Is.TypeOf<ArgumentNullException>().With.Property("ParamName").EqualTo("context"));
            Assert.That(Invoke(alias, nullManifest), Is.TypeOf<ArgumentNullException>().With.Property("ParamName").EqualTo("manifest"));
            if (withSettings)
            {
                Assert.That(Invoke(alias, [context, new FilePath("m.yml"), null]), Is.TypeOf<ArgumentNullException>().With.Property("ParamName").EqualTo("settings"));
            }
        });
    }

    [Test]
    public void Validate_reads_the_manifest_relative_to_the_working_directory_with_Cake_environment_variables()
    {
        using var workspace = ScriptWorkspace.WithExample("2.1.0");
        var log = new RecordingLog();
        var context = FakeCakeContext.Create(workspace.Root, new Dictionary<string, string?> { ["VERSION"] = "2.1.0" }, log);

        var plan = context.MarketplaceValidate("marketplace-release.yml");

        Assert.Multiple(() =>
        {
            Assert.That(plan.Version.Number, Is.EqualTo("2.1.0"));
            Assert.That(plan.Version.BuildNumber, Is.EqualTo(200100000));
            Assert.That(plan.ManifestPath, Is.EqualTo(workspace.PathOf("marketplace-release.yml")));
            Assert.That(log.Text, Does.Contain("✔ marketplace-release.yml is valid: com.example.timesheets 2.1.0 (build 200100000, datacenter, plugin)"));
        });
    }

    [Test]
    public void An_invalid_manifest_throws_exit_code_2_and_logs_every_problem_as_an_error()
    {
        using var workspace = ScriptWorkspace.WithExample();
        workspace.WriteFile("marketplace-release.yml", "schema: 1\napp:\n  key: com.example.timesheets\n  hostign: datacenter\n");
        var log = new RecordingLog();
        var context = FakeCakeContext.Create(workspace.Root, new Dictionary<string, string?>(), log);

        var failure = Assert.Throws<MarketplaceReleaseException>(() => context.MarketplaceValidate("marketplace-release.yml"))!;

        Assert.Multiple(() =>
        {
            Assert.That(failure.ExitCode, Is.EqualTo(2));
            Assert.That(failure.Result, Is.Null);
            Assert.That(failure.Message, Does.Match(@"^(1 problem|\d+ problems) in marketplace-release.yml, the first: marketplace-release.yml:"));
            Assert.That(log.Lines.Where(l => l.Level == Cake.Core.Diagnostics.LogLevel.Error).Select(l => l.Text), Has.Some.Contains(":4:"));
        });
    }

    [Test]
    public void A_token_a_manifest_diagnostic_quotes_is_masked_in_the_log_and_the_exception()
    {
        const string token = "interpolated-secret-token-42";
        using var workspace = ScriptWorkspace.WithExample();
        workspace.WriteFile("marketplace-release.yml", "schema: 1\napp:\n  key: com.example.timesheets\n  hosting: ${MARKETPLACE_API_TOKEN}\n");
        var log = new RecordingLog();
        var context = FakeCakeContext.Create(workspace.Root, new Dictionary<string, string?> { ["MARKETPLACE_API_TOKEN"] = token }, log);

        var failure = Assert.Throws<MarketplaceReleaseException>(() => context.MarketplaceValidate("marketplace-release.yml"))!;

        Assert.Multiple(() =>
        {
            Assert.That(log.Text, Does.Contain("***"), "the diagnostic quoted the value, so the test shows the mask at work");
            Assert.That(log.Text, Does.Not.Contain(token));
            Assert.That(failure.Message, Does.Not.Contain(token));
        });
    }

    [TestCase("GITHUB_TOKEN")]
    [TestCase("BASIC_CREDENTIALS")]
    public void The_Basic_credentials_and_the_GitHub_token_are_masked_like_the_CLI_masks_them(string quoted)
    {
        const string user = "me@example.com";
        const string token = "marketplace-token-0123456789";
        var variables = new Dictionary<string, string?>
        {
            ["MARKETPLACE_USER"] = user,
            ["MARKETPLACE_API_TOKEN"] = token,
            ["GITHUB_TOKEN"] = "ghs_github-token-0123456789",
            // What the client sends as Authorization: Basic, as a manifest could pick it up from a CI variable.
            ["BASIC_CREDENTIALS"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{token}")),
        };
        using var workspace = ScriptWorkspace.WithExample();
        workspace.WriteFile("marketplace-release.yml", $"schema: 1\napp:\n  key: com.example.timesheets\n  hosting: ${{{quoted}}}\n");
        var log = new RecordingLog();
        var context = FakeCakeContext.Create(workspace.Root, variables, log);

        var failure = Assert.Throws<MarketplaceReleaseException>(() => context.MarketplaceValidate("marketplace-release.yml"))!;

        Assert.Multiple(() =>
        {
            Assert.That(log.Text, Does.Contain("***"), "the diagnostic quoted the value, so the test shows the mask at work");
            Assert.That(log.Text, Does.Not.Contain(variables[quoted]));
            Assert.That(failure.Message, Does.Not.Contain(variables[quoted]));
        });
    }

    [Test]
    public void Missing_credentials_stop_a_release_with_exit_code_2_before_anything_is_sent()
    {
        using var workspace = ScriptWorkspace.WithExample();
        var context = FakeCakeContext.Create(workspace.Root, new Dictionary<string, string?>(), new RecordingLog());

        // Port 9 (discard) on loopback: had anything been sent, the failure would be a network one (exit 6).
        var failure = Assert.Throws<MarketplaceReleaseException>(() =>
            context.MarketplaceRelease("marketplace-release.yml", new MarketplaceSettings { BaseUrl = "http://127.0.0.1:9/marketplace" }))!;

        Assert.Multiple(() =>
        {
            Assert.That(failure.ExitCode, Is.EqualTo(2));
            Assert.That(failure.Message, Does.Contain("MARKETPLACE_USER and MARKETPLACE_API_TOKEN not set"));
        });
    }

    private static Exception? Invoke(MethodInfo alias, object?[] arguments)
    {
        try
        {
            alias.Invoke(null, arguments);
            return null;
        }
        catch (TargetInvocationException invocation)
        {
            return invocation.InnerException;
        }
    }
}
