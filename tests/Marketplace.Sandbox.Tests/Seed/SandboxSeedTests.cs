namespace Marketplace.Sandbox.Tests.Seed;

public sealed class SandboxSeedTests
{
    [Test]
    public void The_default_seed_holds_the_example_app_and_the_documented_defaults()
    {
        var seed = SandboxSeed.Default;

        Assert.Multiple(() =>
        {
            Assert.That(seed.Users, Is.EqualTo(new[] { new SeedUser("sandbox@example.com", "sandbox-token") }));
            Assert.That(seed.Apps.Single().Key, Is.EqualTo("com.example.timesheets"));
            Assert.That(seed.Apps.Single().Software.Select(software => (software.Hosting, software.Id)), Is.EquivalentTo(new[]
            {
                ("datacenter", "5e1f3b2a-7c4d-4e8f-9a10-0b1c2d3e4f50"),
                ("server", "6f2a4c3b-8d5e-4f90-8b21-1c2d3e4f5061"),
            }));
            Assert.That(seed.ProcessingDelay, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(seed.UploadSpacing, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(seed.MaxArtifactBytes, Is.EqualTo(262144000));
            Assert.That(seed.AutoApprove, Is.False);
            Assert.That(seed.ProcessingForm, Is.EqualTo(ArtifactProcessingForm.Status));
            Assert.That(seed.ParentSoftwareVersions.Select(version => $"{version.ParentSoftwareId} {version.VersionNumber}"),
                Is.SupersetOf(new[] { "jira 9.12.0", "jira 10.0.0", "jira 10.3.0", "jira 10.3.3", "confluence 8.5.0", "confluence 9.2.0" }));
            var earlier = seed.Apps[0].Software.Single(software => software.Hosting == "datacenter").Versions.Single();
            Assert.That(earlier.Version["buildNumber"]!.GetValue<long>(), Is.EqualTo(100300000));
            Assert.That(earlier.Version["versionNumber"]!.GetValue<string>(), Is.EqualTo("1.3.0"));
            Assert.That(earlier.Listing!["state"]!.GetValue<string>(), Is.EqualTo("PUBLIC"));
        });
    }

    [Test]
    public void Default_is_a_fresh_copy_each_time()
    {
        SandboxSeed.Default.Users.Clear();

        Assert.That(SandboxSeed.Default.Users, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_yaml_seed_declares_apps_users_restrictions_and_behaviour()
    {
        var seed = SandboxSeed.FromYaml("""
            users:
              - {email: a@example.com, token: ta}
              - {email: b@example.com, token: tb}
            autoApprove: true
            processing: {delay: 500ms, form: notFound, fail: [{fileName: "*-bad.jar", reason: nope}]}
            uploads: {spacing: 1m, maxBytes: 5MiB}
            parentSoftware:
              bitbucket:
                - {version: 8.19.0, build: 8019000, hosting: [datacenter]}
            apps:
              - key: com.example.other
                users: [a@example.com]
                software:
                  - id: 11111111-1111-4111-8111-111111111111
                    hosting: cloud
                    complianceBoundaries: [commercial]
            """, "custom.yml");

        Assert.Multiple(() =>
        {
            Assert.That(seed.AutoApprove, Is.True);
            Assert.That(seed.ProcessingDelay, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
            Assert.That(seed.ProcessingForm, Is.EqualTo(ArtifactProcessingForm.NotFound));
            Assert.That(seed.ProcessingFailures.Single(), Is.EqualTo(new SeedProcessingFailure("*-bad.jar", "nope")));
            Assert.That(seed.UploadSpacing, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(seed.MaxArtifactBytes, Is.EqualTo(5 * 1024 * 1024));
            Assert.That(seed.ParentSoftwareVersions.Single().Hosting, Is.EqualTo(new[] { "datacenter" }));
        });

        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Seed = seed });
        Assert.That(server.State.AppSoftwareId("com.example.other", "cloud"), Is.EqualTo("11111111-1111-4111-8111-111111111111"));
        Assert.That(server.State.AppSoftware.Single().ComplianceBoundaries, Is.EqualTo(new[] { "commercial" }));
    }

    [Test]
    public void An_unknown_key_is_an_error_with_its_line_and_column()
    {
        var error = Assert.Throws<SandboxSeedException>(() => SandboxSeed.FromYaml("""
            users: []
            uploads:
              spacng: 5s
            """, "typo.yml"));

        Assert.That(error!.Message, Does.StartWith("typo.yml:3:3:").And.Contain("unknown key 'spacng'"));
    }

    [TestCase("processing: {delay: soon}", "duration")]
    [TestCase("uploads: {maxBytes: lots}", "size")]
    [TestCase("processing: {form: sometimes}", "notFound")]
    [TestCase("faults: [{path: /x, kind: explode}]", "Unknown fault kind")]
    [TestCase("users: [{email: a@example.com}]", "'token' is required")]
    [TestCase("users: [oops", "")]
    public void Invalid_values_are_errors(string yaml, string expected)
    {
        var error = Assert.Throws<SandboxSeedException>(() => SandboxSeed.FromYaml(yaml));

        Assert.That(error!.Message, Does.StartWith("seed:").And.Contain(expected));
    }

    [Test]
    public void Load_reads_a_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, SandboxSeed.DefaultYaml);

            Assert.That(SandboxSeed.Load(path).Apps.Single().Key, Is.EqualTo("com.example.timesheets"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
