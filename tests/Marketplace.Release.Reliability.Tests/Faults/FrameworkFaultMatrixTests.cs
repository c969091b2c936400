using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// Issue 12: the fault matrix for connect, forge and external releases, whose build numbers (connect, forge) the
/// Marketplace assigns. Each publish ends with exactly one version and one PUBLIC listing: at once, or after a plain
/// re-run that finds the version made before (by forge versionId, by the connect descriptor's sha512).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class FrameworkFaultMatrixTests
{
    private const string Section = "Fault matrix (connect, forge, external)";

    [TestCaseSource(typeof(FrameworkMatrix), nameof(FrameworkMatrix.Cells))]
    public async Task A_framework_publish_ends_consistent(string framework, string requestName, string faultName)
    {
        var request = FrameworkMatrix.Request(framework, requestName);
        var rule = FaultMatrix.Fault(faultName).Rule(request);
        await using var sandbox = await TestSandbox.StartAsync();
        using var workspace = FrameworkWorkspaces.Create(framework);
        sandbox.Server.Faults.Add(rule);

        var first = await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["publish"], FrameworkConsistency.Fast);
        var hit = sandbox.Server.Requests.Count(r => r.Fault is not null);
        sandbox.Server.Faults.Clear();
        var rerun = first.ExitCode == 0 ? null : await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["publish"], FrameworkConsistency.Fast);
        var final = rerun ?? first;
        var problems = FrameworkConsistency.Problems(sandbox, framework, final);

        var outcome = first.ExitCode == 0 ? "exit 0" : $"exit {first.ExitCode}; re-run exit {rerun!.ExitCode}";
        ReliabilityReport.Add(Section, $"{framework}: {requestName} × {faultName}",
            problems.Count > 0 ? $"{outcome}; {string.Join("; ", problems)}" : outcome, hit >= 1 && final.ExitCode == 0 && problems.Count == 0);

        Assert.That(hit, Is.GreaterThanOrEqualTo(1), "the fault was never hit: the cell does not test what it names");
        if (first.ExitCode != 0)
        {
            Assert.That(first.Result?.Error, Is.Not.Null.And.Not.Empty, "a failure must name its cause");
        }

        FrameworkConsistency.AssertPublished(sandbox, framework, final);
    }
}
