using Marketplace.Release.Domain;
using Marketplace.Release.Manifest;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>Issue 20 item 1: <c>targets:</c>, each target the complete version it becomes, checked at its own line.</summary>
public sealed class TargetsManifestTests
{
    /// <summary>Two Data Center builds and a Cloud app; the targets start on lines 15, 22 and 29.</summary>
    internal const string TwoBuildsAndCloud = """
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
          paymentModel: paid-via-atlassian
          license: commercial
          releaseSummary: Shared summary
          compatibility:
            - product: confluence
              min: 8.0.0
              max: 8.5.0
        listing:
          state: public
        targets:
          - name: jira10
            version:
              number: 2.1.0
              build: from-version
              artifact: build/timesheets-2.1.0-jira10.jar
              compatibility: [{product: jira, min: 9.12.0, max: 10.7.0}]
          - name: jira11
            version:
              number: 3.1.0
              build: from-version
              artifact: build/timesheets-3.1.0-jira11.jar
              compatibility: [{product: jira, min: 11.0.0, max: latest}]
            listing: {moreDetails: For Jira 11}
          - name: cloud
            hosting: cloud
            version:
              framework: forge
              number: 3.1.0
              compatibility: [{product: jira, minBuild: 1, maxBuild: 2}]
              frameworkAttributes: {appId: a, versionId: v, envId: e, scopes: [read:jira-work]}

        """;

    internal static Fixtures.WorkspaceBuilder TargetsWorkspace(string yaml) =>
        Fixtures.WorkspaceBuilder.Create().WithManifest(yaml)
            .WithPluginJar("build/timesheets-2.1.0-jira10.jar", version: "2.1.0")
            .WithPluginJar("build/timesheets-3.1.0-jira11.jar", version: "3.1.0");

    [Test]
    public void Each_target_is_the_top_level_with_its_own_keys_over_it()
    {
        using var workspace = TargetsWorkspace(TwoBuildsAndCloud);

        var plan = Load(workspace);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Targets.Select(t => t.Name), Is.EqualTo(new[] { "jira10", "jira11", "cloud" }));
            var (jira10, jira11, cloud) = (plan.Targets[0], plan.Targets[1], plan.Targets[2]);
            Assert.That(jira10.App, Is.EqualTo(new AppSpec("com.example.timesheets", Hosting.DataCenter)));
            Assert.That(cloud.App, Is.EqualTo(new AppSpec("com.example.timesheets", Hosting.Cloud)));
            Assert.That(jira10.Version.BuildNumber, Is.EqualTo(200100000));
            Assert.That(jira11.Version.BuildNumber, Is.EqualTo(300100000));
            Assert.That(jira10.Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("build/timesheets-2.1.0-jira10.jar")));
            Assert.That(jira11.Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("build/timesheets-3.1.0-jira11.jar")));
            // Shared keys reach every target; a list given by a target replaces the shared one whole.
            Assert.That(jira10.Version.PaymentModel, Is.EqualTo(PaymentModel.PaidViaAtlassian));
            Assert.That(cloud.Version.ReleaseSummary, Is.EqualTo("Shared summary"));
            Assert.That(jira10.Version.Compatibility.Select(c => c.Product), Is.EqualTo(new[] { "jira" }));
            Assert.That(cloud.Version.Framework, Is.EqualTo(Framework.Forge));
            Assert.That(cloud.Version.BuildAssignedByMarketplace, Is.True);
            Assert.That(jira10.Listing.MoreDetails, Is.Null);
            Assert.That(jira11.Listing.MoreDetails, Is.EqualTo("For Jira 11"));
            Assert.That(jira11.Listing.Public, Is.True, "the shared listing.state stays when a target gives other listing keys");
            Assert.That(plan.Version, Is.SameAs(jira10.Version));
        });
    }

    [Test]
    public void A_manifest_without_targets_has_none()
    {
        using var workspace = Workspace(MinimalManifest);

        Assert.That(Load(workspace).Targets, Is.Empty);
    }

    [Test]
    public void The_plan_of_a_target_keeps_the_presence_sections_only_when_asked()
    {
        using var workspace = TargetsWorkspace(TwoBuildsAndCloud);
        var plan = Load(workspace);

        var first = plan.ForTarget(plan.Targets[0], withPresence: false);
        var last = plan.ForTarget(plan.Targets[2], withPresence: true);

        Assert.Multiple(() =>
        {
            Assert.That(first.TargetName, Is.EqualTo("jira10"));
            Assert.That(first.Targets, Is.Empty);
            Assert.That(last.App.Hosting, Is.EqualTo(Hosting.Cloud));
            Assert.That(last.Version.Number, Is.EqualTo("3.1.0"));
        });
    }

    [TestCase("    version:\n      number: 2.1.0\n      artifact: target/timesheets-1.4.0.jar\n", "marketplace-release.yml:13:5: version is missing 'build'", TestName = "A missing key is reported at the target")]
    [TestCase("    version: {number: 2.1.0, build: 1, artifact: target/timesheets-1.4.0.jar}\n  - name: other\n    version: {number: 2.1.1, build: 1, artifact: target/timesheets-1.4.0.jar}\n", "marketplace-release.yml:14:5: targets 'a' and 'other' both release datacenter build 1", TestName = "Two targets of one hosting with one build number")]
    [TestCase("    version: {number: 2.1.0, build: 1, artifact: target/timesheets-1.4.0.jar}\n  - name: other\n    version: {number: 2.1.0, build: 2, artifact: target/timesheets-1.4.0.jar}\n", "marketplace-release.yml:14:5: targets 'a' and 'other' both release datacenter version 2.1.0", TestName = "Two targets of one hosting with one version number")]
    [TestCase("    version: {number: 2.1.0, build: 1, artifact: target/timesheets-1.4.0.jar}\n  - name: a\n    version: {number: 2.1.1, build: 2, artifact: target/timesheets-1.4.0.jar}\n", "marketplace-release.yml:14:11: target name 'a' is used twice", TestName = "Two targets with one name")]
    [TestCase("    version: {number: 2.1.0, build: 1, artifact: target/timesheets-1.4.0.jar}\n    github: {asset: t.jar}\n", "marketplace-release.yml:14:5: targets[0].github needs the top-level github section", TestName = "A target's github without the top-level github")]
    [TestCase("    version: {number: 2.1.0, build: 1, artifact: target/timesheets-1.4.0.jar}\n    hosting: cloudy\n", "marketplace-release.yml:14:14: targets[0].hosting must be one of", TestName = "An unknown hosting")]
    [TestCase("    version: {number: 2.1.0, build: 1, artifact: target/timesheets-1.4.0.jar, colour: red}\n", "marketplace-release.yml:13:79: unknown key 'colour'", TestName = "An unknown key in a target's version")]
    public void Target_problems_are_errors_at_the_target(string target, string expected)
    {
        var error = SingleError(Broken(target), Environment());

        Assert.That(error, Does.StartWith(expected));
    }

    [Test]
    public void A_shared_build_a_forge_target_cannot_take_is_explained_at_the_target()
    {
        const string targets = "    version: {number: 2.1.0, artifact: target/timesheets-1.4.0.jar}\n"
            + "  - name: cloud\n"
            + "    hosting: cloud\n"
            + "    version:\n"
            + "      framework: forge\n"
            + "      number: 3.1.0\n"
            + "      frameworkAttributes: {appId: a, versionId: v, envId: e, scopes: [s]}\n";
        using var workspace = Workspace(Broken(targets).Replace("  paymentModel: free\n", "  paymentModel: free\n  build: from-version\n", StringComparison.Ordinal));

        var errors = Errors(workspace);

        Assert.That(errors, Has.Some.StartsWith("marketplace-release.yml:7:3: version.build is assigned by the Marketplace for framework forge"));
        Assert.That(errors, Has.Some.StartsWith("marketplace-release.yml:17:5: targets[1] is a forge version, whose build number the Marketplace assigns, but the top-level version gives build").And.Some.Contains("move build into the targets that take it"));
    }

    [TestCase("Jira10")]
    [TestCase("jira_10")]
    [TestCase("a-name-that-is-longer-than-32-characters")]
    public void A_target_name_outside_the_pattern_is_an_error(string name)
    {
        var error = SingleError(Broken("    version: {number: 2.1.0, build: 1, artifact: target/timesheets-1.4.0.jar}\n").Replace("name: a", $"name: {name}", StringComparison.Ordinal));

        Assert.That(error, Does.Contain("marketplace-release.yml:12:").And.Contain("is not a target name").Or.Contain("characters long"));
    }

    [Test]
    public void An_empty_targets_list_is_an_error()
    {
        Assert.That(SingleError(Broken("").Replace("  - name: a\n", "", StringComparison.Ordinal).Replace("targets:\n", "targets: []\n", StringComparison.Ordinal)),
            Does.Contain("targets lists no target"));
    }

    /// <summary>A manifest of one target <c>a</c> (line 12) whose keys are <paramref name="target"/>, from line 13.</summary>
    internal static string Broken(string target) => $"""
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
          paymentModel: free
          compatibility:
            - product: jira
              min: 9.12.0
              max: 10.3.3
        targets:
          - name: a
        {target}
        """;
}
