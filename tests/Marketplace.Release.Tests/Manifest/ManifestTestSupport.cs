using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>Loads manifests from a <see cref="WorkspaceBuilder"/> and turns failures into comparable lines.</summary>
internal static class ManifestTestSupport
{
    /// <summary>The smallest valid manifest; its artifact is target/timesheets-1.4.0.jar.</summary>
    public const string MinimalManifest = """
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
          number: 1.4.0
          build: from-version
          artifact: target/timesheets-1.4.0.jar
          compatibility:
            - product: jira
              min: 9.12.0
              max: 10.3.3
          paymentModel: free

        """;

    public static IEnvironmentReader Environment(params (string Name, string? Value)[] variables) =>
        new DictionaryEnvironment(variables.ToDictionary(variable => variable.Name, variable => variable.Value));

    /// <summary>A workspace holding <paramref name="yaml"/> as its manifest and the jar the minimal manifest names.</summary>
    public static WorkspaceBuilder Workspace(string yaml) =>
        WorkspaceBuilder.Create().WithManifest(yaml).WithPluginJar("target/timesheets-1.4.0.jar");

    public static ReleasePlan Load(WorkspaceBuilder workspace, IEnvironmentReader? environment = null) =>
        ManifestLoader.Load(workspace.ManifestPath, environment ?? Environment(), workspace.Root);

    /// <summary>The diagnostics of an invalid manifest as "file:line:column: message"; fails the test when it loads.</summary>
    public static List<string> Errors(WorkspaceBuilder workspace, IEnvironmentReader? environment = null)
    {
        var exception = Assert.Throws<ManifestException>(() => Load(workspace, environment));
        return exception!.Diagnostics.Select(diagnostic => diagnostic.ToString()).ToList();
    }

    /// <summary>The single diagnostic of <paramref name="yaml"/>; fails when there are none or several.</summary>
    public static string SingleError(string yaml, IEnvironmentReader? environment = null)
    {
        using var workspace = Workspace(yaml);
        var errors = Errors(workspace, environment);
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        return errors[0];
    }
}
