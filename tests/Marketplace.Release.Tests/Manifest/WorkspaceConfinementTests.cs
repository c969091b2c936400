using Marketplace.Release.Manifest;
using Marketplace.Release.Tests.Fixtures;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>Paths must stay inside the workspace: no <c>..</c>, no absolute paths, no symbolic links leading out.</summary>
public sealed class WorkspaceConfinementTests
{
    private WorkspaceBuilder outside = null!;

    [SetUp]
    public void CreateOutsideFolder() => outside = WorkspaceBuilder.Create().WithPluginJar("secret.jar").WithPng("shots/board.png");

    [TearDown]
    public void DeleteOutsideFolder() => outside.Dispose();

    private static WorkspaceBuilder WithArtifact(string artifact) =>
        WorkspaceBuilder.Create().WithManifest(MinimalManifest.Replace("target/timesheets-1.4.0.jar", artifact, StringComparison.Ordinal));

    [Test]
    public void A_dot_dot_escape_is_refused()
    {
        using var workspace = WithArtifact("../secret.jar");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            $"marketplace-release.yml:8:13: version.artifact '../secret.jar' leaves the workspace {workspace.Root}; paths are relative to the manifest's folder and must stay inside the workspace",
        }));
    }

    [Test]
    public void A_dot_dot_escape_in_front_of_a_glob_is_refused()
    {
        using var workspace = WithArtifact("../*/secret.jar");

        Assert.That(Errors(workspace).Single(), Does.Contain("leaves the workspace"));
    }

    [Test]
    public void An_absolute_path_outside_the_workspace_is_refused()
    {
        using var workspace = WithArtifact(outside.PathOf("secret.jar"));

        Assert.That(Errors(workspace).Single(), Does.Contain($"leaves the workspace {workspace.Root}"));
    }

    [Test]
    public void A_symbolic_link_to_a_file_outside_is_refused()
    {
        using var workspace = WithArtifact("target/app.jar").WithSymbolicLink("target/app.jar", outside.PathOf("secret.jar"));

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            $"marketplace-release.yml:8:13: version.artifact 'target/app.jar' leads outside the workspace {workspace.Root} through the symbolic link target/app.jar -> {outside.PathOf("secret.jar")}; copy the file into the workspace instead of linking to it",
        }));
    }

    [Test]
    public void A_symbolic_link_to_a_folder_outside_is_refused()
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithManifest(MinimalManifest + "listing:\n  screenshots:\n    - image: docs/board.png\n")
            .WithPluginJar("target/timesheets-1.4.0.jar")
            .WithSymbolicLink("docs", outside.PathOf("shots"), isFolder: true);

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            $"marketplace-release.yml:16:14: listing.screenshots[0].image 'docs/board.png' leads outside the workspace {workspace.Root} through the symbolic link docs -> {outside.PathOf("shots")}; copy the file into the workspace instead of linking to it",
        }));
    }

    [Test]
    public void A_relative_symbolic_link_climbing_out_is_refused()
    {
        using var workspace = WithArtifact("target/app.jar");
        workspace.WithSymbolicLink("target/app.jar", Path.GetRelativePath(workspace.PathOf("target"), outside.PathOf("secret.jar")));

        Assert.That(Errors(workspace).Single(), Does.Contain("leads outside the workspace").And.Contain("through the symbolic link target/app.jar"));
    }

    [Test]
    public void Dot_dot_after_a_linked_folder_is_applied_where_the_link_leads()
    {
        // Lexically 'out/../secret.jar' is 'secret.jar' inside the workspace; the system resolves it next to the link's target.
        using var workspace = WithArtifact("out/../secret.jar")
            .WithPluginJar("secret.jar")
            .WithSymbolicLink("out", outside.PathOf("shots"), isFolder: true);

        Assert.That(Errors(workspace).Single(), Does.Contain("leads outside the workspace"));
    }

    [Test]
    public void A_glob_matching_a_link_to_outside_is_refused()
    {
        using var workspace = WithArtifact("target/*.jar").WithSymbolicLink("target/timesheets.jar", outside.PathOf("secret.jar"));

        Assert.That(Errors(workspace).Single(), Does.Contain("leads outside the workspace").And.Contain("target/timesheets.jar"));
    }

    [Test]
    public void A_symbolic_link_inside_the_workspace_is_followed()
    {
        using var workspace = WithArtifact("target/current.jar")
            .WithPluginJar("target/timesheets-1.4.0.jar")
            .WithSymbolicLink("target/current.jar", "timesheets-1.4.0.jar");

        Assert.That(Load(workspace).Version.Artifact!.LocalPath, Is.EqualTo(workspace.PathOf("target/timesheets-1.4.0.jar")));
    }

    [Test]
    public void The_workspace_defaults_to_the_manifests_folder()
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithManifest(MinimalManifest.Replace("target/timesheets-1.4.0.jar", "../target/timesheets-1.4.0.jar", StringComparison.Ordinal), "release/marketplace-release.yml")
            .WithPluginJar("target/timesheets-1.4.0.jar");

        var exception = Assert.Throws<ManifestException>(() => ManifestLoader.Load(workspace.PathOf("release/marketplace-release.yml"), Environment()))!;

        Assert.That(exception.Diagnostics.Single().ToString(), Does.StartWith("marketplace-release.yml:8:13: version.artifact '../target/timesheets-1.4.0.jar' leaves the workspace " + workspace.PathOf("release")));
    }

    [Test]
    public void A_checkout_folder_widens_the_workspace_when_it_holds_the_manifest()
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithManifest(MinimalManifest.Replace("target/timesheets-1.4.0.jar", "../target/timesheets-1.4.0.jar", StringComparison.Ordinal), "release/marketplace-release.yml")
            .WithPluginJar("target/timesheets-1.4.0.jar");

        var plan = ManifestLoader.Load(workspace.PathOf("release/marketplace-release.yml"), Environment(), checkoutFolders: [outside.Root, workspace.Root]);

        Assert.That((plan.WorkspaceRoot, plan.Version.Artifact!.LocalPath), Is.EqualTo((workspace.Root, workspace.PathOf("target/timesheets-1.4.0.jar"))));
    }

    [Test]
    public void Diagnostics_name_the_manifest_relative_to_the_workspace()
    {
        using var workspace = WorkspaceBuilder.Create()
            .WithManifest(MinimalManifest.Replace("paymentModel: free", "paymentModel: none", StringComparison.Ordinal), "release/marketplace-release.yml")
            .WithPluginJar("release/target/timesheets-1.4.0.jar");

        var exception = Assert.Throws<ManifestException>(() => ManifestLoader.Load(workspace.PathOf("release/marketplace-release.yml"), Environment(), checkoutFolders: [workspace.Root]))!;

        Assert.That(exception.Diagnostics.Single().File, Is.EqualTo("release/marketplace-release.yml"));
    }

    [Test]
    public void A_checkout_folder_that_does_not_hold_the_manifest_is_ignored()
    {
        using var workspace = Workspace(MinimalManifest);

        var plan = ManifestLoader.Load(workspace.ManifestPath, Environment(), checkoutFolders: [outside.Root]);

        Assert.That(plan.WorkspaceRoot, Is.EqualTo(workspace.Root));
    }

    [Test]
    public void A_workspace_root_that_does_not_hold_the_manifest_is_an_error()
    {
        using var workspace = Workspace(MinimalManifest);

        var exception = Assert.Throws<ManifestException>(() => ManifestLoader.Load(workspace.ManifestPath, Environment(), outside.Root))!;

        Assert.That(exception.Diagnostics.Single().Message, Is.EqualTo($"the manifest is outside the workspace {outside.Root}; move it into the workspace"));
    }
}
