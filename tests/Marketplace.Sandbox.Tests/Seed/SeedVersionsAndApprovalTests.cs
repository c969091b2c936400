using System.Net;
using System.Text.Json.Nodes;

namespace Marketplace.Sandbox.Tests.Seed;

/// <summary>The seed keys of issues 12 and 13: review policy, product version states, rich versions and listings.</summary>
public sealed class SeedVersionsAndApprovalTests
{
    private const string RichArtifactId = "4d0e2f3a-5b6c-4d7e-9f80-a1b2c3d4e5f6";

    /// <summary>The first yaml block of Seed/README.md, so the documented example is the tested one.</summary>
    private static string ReadmeExample()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var readme = Path.Combine(directory.FullName, "src", "Marketplace.Sandbox", "Seed", "README.md");
            if (File.Exists(readme))
            {
                var text = File.ReadAllText(readme);
                var start = text.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
                return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
            }
        }

        throw new AssertionException("Seed/README.md not found above the test directory");
    }

    [Test]
    public void The_readme_example_reads_every_new_key()
    {
        var seed = SandboxSeed.FromYaml(ReadmeExample(), "README.md");

        Assert.Multiple(() =>
        {
            Assert.That(seed.Approval, Is.EqualTo(new SeedApproval(ApprovalOutcome.Rejected, TimeSpan.FromSeconds(30), "Screenshots show another app")));
            Assert.That(seed.ParentSoftwareVersions.Any(version => SameVersion(version, new SeedParentSoftwareVersion("jira", "11.0.0", 11000000, ["datacenter"], "draft"))), Is.True);
            Assert.That(seed.ParentSoftwareVersions.Single(version => version.VersionNumber == "10.3.0").State, Is.EqualTo("active"));
            Assert.That(seed.Artifacts.Single(artifact => artifact.Id == RichArtifactId).PluginVersion, Is.EqualTo("1.2.0"));
            Assert.That(seed.Users.Single(user => user.Email == "viewer@example.com").Reporting, Is.False);
            Assert.That(seed.Apps[0].Installs, Does.Contain(new SeedInstallCount("jira", "10.4.1", 2, 47)));
            Assert.That(seed.Apps[0].Feedback.Single(), Is.EqualTo(new SeedFeedback(2, "1.3.0", "uninstall", "bugs", "datacenter")));
            Assert.That(seed.Apps[0].Software[0].Versions[0].ReleasedDaysAgo, Is.EqualTo(21));
        });
    }

    [Test]
    public async Task A_sandbox_from_the_readme_example_serves_the_rich_version_its_listing_and_the_product_states()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: SandboxSeed.FromYaml(ReadmeExample(), "README.md"));

        using var listingResponse = await sandbox.Client.GetAsync(SandboxHarness.ListingPath(100200000));
        using var versionResponse = await sandbox.Client.GetAsync(SandboxHarness.VersionPath(100200000));
        using var artifactResponse = await sandbox.Client.GetAsync($"rest/3/artifacts/{RichArtifactId}");
        using var productResponse = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions/number/11.0.0");

        var listing = await SandboxHarness.ReadJsonAsync(listingResponse);
        var version = await SandboxHarness.ReadJsonAsync(versionResponse);
        var artifact = await SandboxHarness.ReadJsonAsync(artifactResponse);
        var product = await SandboxHarness.ReadJsonAsync(productResponse);
        Assert.Multiple(() =>
        {
            Assert.That(listing["approvalStatus"]!.GetValue<string>(), Is.EqualTo("REJECTED"));
            Assert.That(listing["approvalDetails"]!["rejectionReason"]!.GetValue<string>(), Is.EqualTo("Screenshots show another app"));
            Assert.That(listing.AsObject().ContainsKey("rejectionReason"), Is.False, "a seed key, not listing content");
            Assert.That(listing["highlights"]!.AsArray(), Has.Count.EqualTo(3));
            Assert.That(listing["heroImage"]!.GetValue<string>(), Is.EqualTo(SandboxHarness.SeededImageId));
            Assert.That(listing["developerLinks"]!["partnerSpecificTerms"]!.GetValue<string>(), Is.EqualTo("Custom partner terms apply"));
            Assert.That(version["editionsEnabled"]!.GetValue<bool>(), Is.False);
            Assert.That(version["licenseType"]!["name"]!.GetValue<string>(), Is.EqualTo("Commercial License"));
            Assert.That(version["approvalDetails"]!["rejectionReason"]!.GetValue<string>(), Is.EqualTo("Screenshots show another app"));
            Assert.That(artifact["details"]!["version"]!.GetValue<string>(), Is.EqualTo("1.2.0"));
            Assert.That(product["state"]!.GetValue<string>(), Is.EqualTo("draft"));
        });
    }

    [Test]
    public async Task A_seeded_listing_under_review_is_decided_by_the_policy_and_a_public_uninitiated_one_stays_so()
    {
        var seed = SandboxSeed.FromYaml($$$"""
            users: [{email: {{{SandboxHarness.User}}}, token: {{{SandboxHarness.Token}}}}]
            approval: {outcome: approved, after: 1h}
            parentSoftware:
              jira: [{version: 10.3.0, build: 10030000}]
            apps:
              - key: com.example.timesheets
                software:
                  - id: {{{SandboxHarness.DataCenterId}}}
                    hosting: datacenter
                    versions:
                      - {buildNumber: 1, versionNumber: "1.0.0", state: submitted, listing: {state: PUBLIC, approvalStatus: SUBMITTED}}
                      - {buildNumber: 2, versionNumber: "2.0.0", state: auto-approved, listing: {state: PUBLIC, approvalStatus: UNINITIATED}}
            """);
        await using var sandbox = await SandboxHarness.StartAsync(seed: seed);

        var before = sandbox.Server.State.Listing(SandboxHarness.DataCenterId, 1)!.ApprovalStatus;
        sandbox.Time.Advance(TimeSpan.FromHours(1));
        using var all = await sandbox.Client.GetAsync($"rest/3/app-software/{SandboxHarness.DataCenterId}/listings/all");
        var statuses = (await SandboxHarness.ReadJsonAsync(all))["versions"]!.AsArray()
            .ToDictionary(listing => listing!["buildNumber"]!.GetValue<long>(), listing => listing!["approvalStatus"]!.GetValue<string>());

        Assert.That(before, Is.EqualTo("SUBMITTED"));
        Assert.That(statuses, Is.EqualTo(new Dictionary<long, string> { [1] = "APPROVED", [2] = "UNINITIATED" }));
        Assert.That(sandbox.Server.State.Version(SandboxHarness.DataCenterId, 1)!.State, Is.EqualTo("approved"));
        Assert.That(sandbox.Server.State.Listing(SandboxHarness.DataCenterId, 2)!.State, Is.EqualTo("PUBLIC"));
    }

    [Test]
    public async Task The_default_seed_lists_an_inactive_jira_release_after_the_active_ones()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        using var response = await sandbox.Client.GetAsync("rest/3/parent-software/jira/versions?limit=2");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var versions = (await SandboxHarness.ReadJsonAsync(response))["versions"]!.AsArray();
        Assert.That(versions.Select(version => $"{version!["versionNumber"]} {version["state"]}"), Is.EqualTo(new[] { "11.0.0 draft", "10.4.1 active" }));
    }

    [TestCase("approval: {outcome: maybe}", "approval.outcome is approved, rejected, pending or uninitiated")]
    [TestCase("approval: {outcome: approved, after: soon}", "duration")]
    [TestCase("approval: {outcome: approved, later: 5s}", "unknown key 'later'")]
    [TestCase("autoApprove: true\napproval: {outcome: rejected}", "set either autoApprove or approval")]
    [TestCase("parentSoftware: {jira: [{version: 1.0.0, build: 1, state: actve}]}", "parentSoftware state is draft, active or archived")]
    [TestCase("parentSoftware: {jira: [{version: 1.0.0, build: 1, hosting: [dc]}]}", "hosting is server, datacenter or cloud")]
    [TestCase("artifacts: [{id: a, fileName: a.json, sha512: abc}]", "128 hex digits")]
    public void Invalid_new_values_are_errors(string yaml, string expected)
    {
        var error = Assert.Throws<SandboxSeedException>(() => SandboxSeed.FromYaml(yaml));

        Assert.That(error!.Message, Does.StartWith("seed:").And.Contain(expected));
    }

    private static bool SameVersion(SeedParentSoftwareVersion left, SeedParentSoftwareVersion right) =>
        left.ParentSoftwareId == right.ParentSoftwareId && left.VersionNumber == right.VersionNumber && left.BuildNumber == right.BuildNumber
        && left.State == right.State && left.Hosting.SequenceEqual(right.Hosting);
}
