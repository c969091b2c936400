using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// The compatibility update of the reliability tests (docs/marketplace-api.md § Compatibility updates): the example is published, then its manifest moves
/// the jira maximum from 10.3.3 to 10.4.1, so the next publish is one version PUT. Consistent afterwards means the
/// release is still consistent (one version, one PUBLIC listing) and the version holds the new maximum.
/// </summary>
internal static class CompatibilityUpdate
{
    public const long Build = 100400000;

    /// <summary>jira 10.4.1 in the default seed.</summary>
    public const long NewMaximum = 10040001;

    public static async Task PrepareAsync(TestSandbox sandbox, WorkspaceBuilder workspace)
    {
        var first = await InProcessCli.PublishAsync(sandbox, workspace.Root);
        Consistency.AssertPublished(sandbox, Build, first);
        var manifest = File.ReadAllText(workspace.ManifestPath);
        Assert.That(manifest, Does.Contain("      max: 10.3.3"), "the example manifest changed; fix CompatibilityUpdate");
        File.WriteAllText(workspace.ManifestPath, manifest.Replace("      max: 10.3.3", "      max: 10.4.1", StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> Problems(TestSandbox sandbox)
    {
        var problems = Consistency.Problems(sandbox, Build).ToList();
        var maximum = sandbox.State.Version(sandbox.AppSoftwareId, Build)?.Compatibilities.SingleOrDefault()?.MaxBuildNumber;
        if (maximum != NewMaximum)
        {
            problems.Add($"the version's jira maximum is {maximum}, expected {NewMaximum}");
        }

        return problems;
    }
}
