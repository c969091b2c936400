using Marketplace.Release.Tests.Fixtures;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

public sealed class ArtifactGlobTests
{
    private static WorkspaceBuilder WithArtifact(string artifact) =>
        WorkspaceBuilder.Create().WithManifest(MinimalManifest.Replace("target/timesheets-1.4.0.jar", artifact, StringComparison.Ordinal));

    [Test]
    public void A_glob_matching_one_file_resolves_to_its_absolute_path()
    {
        using var workspace = WithArtifact("target/timesheets-*.jar")
            .WithPluginJar("target/timesheets-1.4.0.jar")
            .WithFile("target/timesheets-1.4.0.pom", "x")
            .WithFile("target/other-1.4.0.jar", "x");

        Assert.That(Load(workspace).Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("target/timesheets-1.4.0.jar")));
    }

    [Test]
    public void A_glob_matching_no_file_is_an_error()
    {
        using var workspace = WithArtifact("target/timesheets-*.jar").WithFile("target/timesheets-1.4.0.pom", "x");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:8:13: version.artifact 'target/timesheets-*.jar' matches no file in target; build the artifact first, or fix the pattern",
        }));
    }

    [Test]
    public void A_glob_below_a_missing_folder_is_an_error()
    {
        using var workspace = WithArtifact("target/timesheets-*.jar");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:8:13: version.artifact 'target/timesheets-*.jar' matches no file: the folder target does not exist; build the artifact first, or fix the pattern",
        }));
    }

    [Test]
    public void A_glob_matching_two_files_is_an_error_listing_them()
    {
        using var workspace = WithArtifact("target/timesheets-*.jar")
            .WithPluginJar("target/timesheets-1.4.0.jar")
            .WithPluginJar("target/timesheets-1.4.0-sources.jar");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:8:13: version.artifact 'target/timesheets-*.jar' matches 2 files (target/timesheets-1.4.0-sources.jar, target/timesheets-1.4.0.jar); it must match exactly one, so make the pattern more specific or remove the extra files",
        }));
    }

    [Test]
    public void A_double_star_matches_any_number_of_folders()
    {
        using var workspace = WithArtifact("build/**/timesheets-?.?.?.jar").WithPluginJar("build/libs/x/timesheets-1.4.0.jar");

        Assert.That(Load(workspace).Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("build/libs/x/timesheets-1.4.0.jar")));

        workspace.WithPluginJar("build/timesheets-1.4.1.jar");
        Assert.That(Errors(workspace).Single(), Does.Contain("matches 2 files (build/libs/x/timesheets-1.4.0.jar, build/timesheets-1.4.1.jar)"));
    }

    [Test]
    public void A_wildcard_folder_segment_is_matched()
    {
        using var workspace = WithArtifact("modules/*/target/*.obr").WithFile("modules/core/target/core-1.0.obr", "x").WithFolder("modules/empty/target");

        Assert.That(Load(workspace).Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("modules/core/target/core-1.0.obr")));
    }

    [Test]
    public void A_literal_artifact_path_must_exist()
    {
        using var workspace = WithArtifact("target/missing.jar");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:8:13: version.artifact 'target/missing.jar' does not exist (looked for target/missing.jar); check the path, which is relative to the manifest's folder",
        }));
    }

    [Test]
    public void Paths_are_relative_to_the_manifests_folder()
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithManifest(MinimalManifest.Replace("target/timesheets-1.4.0.jar", "../target/*.jar", StringComparison.Ordinal), "release/marketplace-release.yml")
            .WithPluginJar("target/timesheets-1.4.0.jar");

        var plan = ManifestLoaderLoad(workspace, "release/marketplace-release.yml");

        Assert.That(plan.Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("target/timesheets-1.4.0.jar")));
    }

    private static Marketplace.Release.Manifest.ReleasePlan ManifestLoaderLoad(WorkspaceBuilder workspace, string manifest) =>
        Marketplace.Release.Manifest.ManifestLoader.Load(workspace.PathOf(manifest), Environment(), workspace.Root);
}
