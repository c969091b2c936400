using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;
using Marketplace.Release.Tests.Fixtures;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

public sealed class ValidManifestTests
{
    internal const string HighlightScreenshotId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    internal const string ThumbnailId = "9b2e7c1a-5d3f-4e8a-b6c4-1f0a2d3e4b5c";

    internal const string FullManifest = $$"""
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
          number: 1.4.0
          build: from-version
          artifact: target/timesheets-*.jar
          framework: plugin
          pluginFrameworkType: P1
          compatibility:
            - product: jira
              min: 9.12.0
              max: 10.3.3
            - product: confluence
              minBuild: 9000
              maxBuild: 9100
          paymentModel: paid-via-atlassian
          license: commercial
          supported: false
          beta: true
          agreement: https://example.com/agreement
          releaseSummary: Faster exports
          releaseNotes: |
            Export is now 3x faster.
        listing:
          state: public
          inherit: previous
          moreDetails: Timesheets for Jira teams.
          screenshots:
            - image: docs/screens/board.png
              caption: Board view
            - imageId: {{HighlightScreenshotId}}
          highlights:
            - title: One
              caption: C1
              summary: S1
              screenshot: {image: docs/h1.png, caption: H1}
              thumbnail: {image: docs/t1.png}
            - title: Two
              screenshot: {imageId: {{HighlightScreenshotId}}}
              thumbnail: {imageId: {{ThumbnailId}}}
            - title: Three
              screenshot: {imageId: {{HighlightScreenshotId}}}
          heroImage:
            image: docs/hero.JPG
          youtubeId: dQw4w9WgXcQ
          deploymentInstructions:
            - body: Install it.
              screenshot: {image: docs/install.gif, caption: Install}
            - body: Configure it.
          developerLinks:
            documentation: https://example.com/docs
            learnMore: https://example.com/more
            eula: https://example.com/eula
            purchase: https://example.com/buy
            bonTermsSupported: true
            partnerSpecificTerms: https://example.com/terms
        github:
          repository: octo/timesheets
          release: v1.4.0
          releaseNotes: false
          linkBack: true

        """;

    [Test]
    public void A_full_manifest_becomes_the_exact_release_plan()
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithManifest(FullManifest)
            .WithPluginJar("target/timesheets-1.4.0.jar")
            .WithPng("docs/screens/board.png")
            .WithPng("docs/h1.png")
            .WithPng("docs/t1.png")
            .WithPng("docs/hero.JPG")
            .WithPng("docs/install.gif");

        var plan = Load(workspace);

        Assert.Multiple(() =>
        {
            Assert.That(plan.ManifestPath, Is.EqualTo(workspace.ManifestPath));
            Assert.That(plan.WorkspaceRoot, Is.EqualTo(workspace.Root));
            Assert.That(plan.App, Is.EqualTo(new AppSpec("com.example.timesheets", Hosting.DataCenter)));

            var version = plan.Version;
            Assert.That(version.Number, Is.EqualTo("1.4.0"));
            Assert.That(version.BuildNumber, Is.EqualTo(100_400_000));
            Assert.That(version.Artifact, Is.EqualTo(new ArtifactSource(workspace.PathOf("target/timesheets-1.4.0.jar"), null)));
            Assert.That(version.Framework, Is.EqualTo(Framework.Plugin));
            Assert.That(version.PluginFrameworkType, Is.EqualTo("P1"));
            Assert.That(version.FrameworkAttributeValues, Is.Empty);
            Assert.That(version.Compatibility, Is.EqualTo(new[]
            {
                new CompatibilitySpec("jira", "9.12.0", null, "10.3.3", null),
                new CompatibilitySpec("confluence", null, 9000, null, 9100),
            }));
            Assert.That(version.PaymentModel, Is.EqualTo(PaymentModel.PaidViaAtlassian));
            Assert.That(version.License, Is.EqualTo("commercial"));
            Assert.That(version.Supported, Is.False);
            Assert.That(version.Beta, Is.True);
            Assert.That(version.Agreement, Is.EqualTo("https://example.com/agreement"));
            Assert.That(version.ReleaseSummary, Is.EqualTo("Faster exports"));
            Assert.That(version.ReleaseNotes, Is.EqualTo("Export is now 3x faster.\n"));

            var listing = plan.Listing;
            Assert.That(listing.Public, Is.True);
            Assert.That(listing.InheritPrevious, Is.True);
            Assert.That(listing.MoreDetails, Is.EqualTo("Timesheets for Jira teams."));
            Assert.That(listing.Screenshots, Is.EqualTo(new[]
            {
                new ScreenshotSpec(new ImageRef(workspace.PathOf("docs/screens/board.png"), null, "screenshot"), "Board view"),
                new ScreenshotSpec(new ImageRef(null, HighlightScreenshotId, "screenshot"), null),
            }));
            Assert.That(listing.Highlights, Is.EqualTo(new[]
            {
                new HighlightSpec("One", "C1", "S1",
                    new ScreenshotSpec(new ImageRef(workspace.PathOf("docs/h1.png"), null, "screenshot"), "H1"),
                    new ImageRef(workspace.PathOf("docs/t1.png"), null, "screenshot-thumbnail")),
                new HighlightSpec("Two", null, null,
                    new ScreenshotSpec(new ImageRef(null, HighlightScreenshotId, "screenshot"), null),
                    new ImageRef(null, ThumbnailId, "screenshot-thumbnail")),
                new HighlightSpec("Three", null, null, new ScreenshotSpec(new ImageRef(null, HighlightScreenshotId, "screenshot"), null), null),
            }));
            Assert.That(listing.HeroImage, Is.EqualTo(new ImageRef(workspace.PathOf("docs/hero.JPG"), null, "hero")));
            Assert.That(listing.YoutubeId, Is.EqualTo("dQw4w9WgXcQ"));
            Assert.That(listing.DeploymentInstructions, Is.EqualTo(new[]
            {
                new DeploymentInstructionSpec("Install it.", new ScreenshotSpec(new ImageRef(workspace.PathOf("docs/install.gif"), null, "screenshot"), "Install")),
                new DeploymentInstructionSpec("Configure it.", null),
            }));
            Assert.That(listing.DeveloperLinks, Is.EqualTo(new DeveloperLinksSpec(
                "https://example.com/docs", "https://example.com/more", "https://example.com/eula", "https://example.com/buy", true, "https://example.com/terms")));

            Assert.That(plan.GitHub, Is.EqualTo(new GitHubSpec("octo/timesheets", "v1.4.0", false, null, true)));
        });
    }

    [Test]
    public void A_minimal_manifest_gets_the_documented_defaults()
    {
        using var workspace = Workspace(MinimalManifest);

        var plan = Load(workspace);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Version.Framework, Is.EqualTo(Framework.Plugin), "a .jar means the plugin framework");
            Assert.That(plan.Version.PluginFrameworkType, Is.EqualTo("P2"));
            Assert.That(plan.Version.Supported, Is.True);
            Assert.That(plan.Version.Beta, Is.False);
            Assert.That(plan.Version.Agreement, Is.EqualTo("https://www.atlassian.com/licensing/marketplace/partneragreement"));
            Assert.That(plan.Version.License, Is.Null);
            Assert.That(plan.Version.ReleaseNotes, Is.Null);
            Assert.That(plan.Listing.Public, Is.False, "without listing.state the version is only staged");
            Assert.That(plan.Listing.InheritPrevious, Is.False);
            Assert.That(plan.Listing.Screenshots, Is.Null);
            Assert.That(plan.Listing.Highlights, Is.Null);
            Assert.That(plan.GitHub, Is.Null);
        });
    }

    [Test]
    public void The_bundled_example_loads()
    {
        using var workspace = WorkspaceBuilder.Create().WithExample();

        var plan = Load(workspace);

        Assert.Multiple(() =>
        {
            Assert.That(plan.App, Is.EqualTo(new AppSpec("com.example.timesheets", Hosting.DataCenter)));
            Assert.That(plan.Version.Number, Is.EqualTo("1.4.0"));
            Assert.That(plan.Version.BuildNumber, Is.EqualTo(100_400_000));
            Assert.That(plan.Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("target/timesheets-1.4.0.jar")));
            Assert.That(plan.Version.Compatibility, Is.EqualTo(new[] { new CompatibilitySpec("jira", "9.12.0", null, "10.3.3", null) }));
            Assert.That(plan.Version.PaymentModel, Is.EqualTo(PaymentModel.PaidViaAtlassian));
            Assert.That(plan.Version.License, Is.EqualTo("commercial"));
            Assert.That(plan.Listing.Public, Is.True);
            Assert.That(plan.Listing.InheritPrevious, Is.True);
            Assert.That(plan.Listing.Screenshots, Is.EqualTo(new[]
            {
                new ScreenshotSpec(new ImageRef(workspace.PathOf("docs/screens/board.png"), null, "screenshot"), "Board view"),
            }));
            Assert.That(plan.Listing.DeveloperLinks!.Documentation, Is.Not.Null);
        });
    }

    [Test]
    public void The_bundled_example_takes_its_version_from_the_environment()
    {
        using var workspace = WorkspaceBuilder.Create().WithExample("2.0.1");

        var plan = Load(workspace, Environment(("VERSION", "2.0.1")));

        Assert.That((plan.Version.Number, plan.Version.BuildNumber), Is.EqualTo(("2.0.1", 200_000_100L)));
    }

    [TestCase("workflow.jwb", Framework.Workflow)]
    [TestCase("app.obr", Framework.Plugin)]
    [TestCase("app.JAR", Framework.Plugin)]
    public void The_framework_defaults_from_the_artifact_type(string fileName, Framework framework)
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithManifest(MinimalManifest.Replace("target/timesheets-1.4.0.jar", "dist/" + fileName, StringComparison.Ordinal))
            .WithFile("dist/" + fileName, "x");

        var plan = Load(workspace);

        Assert.That(plan.Version.Framework, Is.EqualTo(framework));
        Assert.That(plan.Version.PluginFrameworkType, Is.EqualTo(framework is Framework.Plugin ? "P2" : null));
    }

    [Test]
    public void An_artifact_url_may_be_https_or_http_to_this_machine()
    {
        foreach (var url in new[] { "https://example.com/dl/timesheets-1.4.0.jar", "http://127.0.0.1:8080/t.jar", "http://localhost/t.jar" })
        {
            using var workspace = Workspace(MinimalManifest.Replace("artifact: target/timesheets-1.4.0.jar", "artifactUrl: " + url, StringComparison.Ordinal));

            var plan = Load(workspace);

            Assert.That(plan.Version.Artifact, Is.EqualTo(new ArtifactSource(null, new Uri(url))));
            Assert.That(plan.Version.Framework, Is.EqualTo(Framework.Plugin));
        }
    }

    [Test]
    public void A_github_asset_gives_the_artifact_and_the_repository_defaults_from_the_environment()
    {
        using var workspace = Workspace(MinimalManifest.Replace("  artifact: target/timesheets-1.4.0.jar\n", "", StringComparison.Ordinal) + """
            github:
              release: v1.4.0
              releaseNotes: true
              asset: timesheets-*.jar

            """);

        var plan = Load(workspace, Environment(("GITHUB_REPOSITORY", "octo/timesheets")));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Version.Artifact, Is.Null);
            Assert.That(plan.Version.Framework, Is.EqualTo(Framework.Plugin));
            Assert.That(plan.GitHub, Is.EqualTo(new GitHubSpec("octo/timesheets", "v1.4.0", true, "timesheets-*.jar", false)));
        });
    }

    [Test]
    public void The_github_repository_stays_null_without_the_key_or_the_environment()
    {
        using var workspace = Workspace(MinimalManifest + "github:\n  release: v1\n");

        Assert.That(Load(workspace).GitHub!.Repository, Is.Null);
    }

    [Test]
    public void Connect_and_forge_versions_need_no_artifact_and_take_framework_attributes()
    {
        // Since docs/marketplace-api.md § Frameworks and exactly-once creates forge needs appId, versionId, envId and scopes, and its build is assigned by the Marketplace.
        using var workspace = Workspace(MinimalManifest.Replace("  build: from-version\n", "", StringComparison.Ordinal).Replace("  artifact: target/timesheets-1.4.0.jar\n", """
              framework: forge
              frameworkAttributes:
                appId: ari:cloud:ecosystem::app/123
                versionId: v-1
                envId: ${ENV_ID}
                scopes: [read:jira-work]

            """, StringComparison.Ordinal));

        var plan = Load(workspace, Environment(("ENV_ID", "e-1")));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Version.Framework, Is.EqualTo(Framework.Forge));
            Assert.That(plan.Version.Artifact, Is.Null);
            Assert.That(plan.Version.PluginFrameworkType, Is.Null);
            Assert.That(plan.Version.FrameworkAttributesJson().ToJsonString(),
                Is.EqualTo("""{"appId":"ari:cloud:ecosystem::app/123","versionId":"v-1","envId":"e-1","scopes":["read:jira-work"]}"""));
        });
    }

    [Test]
    public void An_explicit_build_number_and_quoted_values_are_read()
    {
        using var workspace = Workspace(MinimalManifest
            .Replace("build: from-version", "build: 42", StringComparison.Ordinal)
            .Replace("number: 1.4.0", "number: \"1.4.0-beta.1\"", StringComparison.Ordinal)
            + "listing:\n  state: 'private'\n  highlights: []\n  screenshots: []\n");

        var plan = Load(workspace);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Version.BuildNumber, Is.EqualTo(42));
            Assert.That(plan.Version.Number, Is.EqualTo("1.4.0-beta.1"));
            Assert.That(plan.Listing.Public, Is.False);
            Assert.That(plan.Listing.Highlights, Is.Empty);
            Assert.That(plan.Listing.Screenshots, Is.Empty);
        });
    }
}
