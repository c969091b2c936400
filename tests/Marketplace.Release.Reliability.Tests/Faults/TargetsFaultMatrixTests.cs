using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// Issue 20: the fault matrix on a two-target release (<see cref="TargetsMatrix"/>): each publish ends with exactly one
/// version and one PUBLIC listing per target, at once or after a plain re-run.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class TargetsFaultMatrixTests
{
    private const string Section = "Fault matrix (two targets)";

    [TestCaseSource(typeof(TargetsMatrix), nameof(TargetsMatrix.Cells))]
    public async Task A_two_target_publish_ends_with_one_version_per_target(string requestName, string faultName)
    {
        var rule = FaultMatrix.Fault(faultName).Rule(TargetsMatrix.Request(requestName));
        await using var sandbox = await TestSandbox.StartAsync();
        using var workspace = TargetsWorkspaces.DataCenterPair();
        sandbox.Server.Faults.Add(rule);

        var first = await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["publish"], FrameworkConsistency.Fast);
        var hit = sandbox.Server.Requests.Count(r => r.Fault is not null);
        sandbox.Server.Faults.Clear();
        var rerun = first.ExitCode == 0 ? null : await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["publish"], FrameworkConsistency.Fast);
        var final = rerun ?? first;
        var problems = TargetsConsistency.Problems(sandbox, final);

        var outcome = first.ExitCode == 0 ? "exit 0" : $"exit {first.ExitCode}; re-run exit {rerun!.ExitCode}";
        ReliabilityReport.Add(Section, $"{requestName} × {faultName}",
            problems.Count > 0 ? $"{outcome}; {string.Join("; ", problems)}" : outcome, hit >= 1 && final.ExitCode == 0 && problems.Count == 0);

        Assert.That(hit, Is.GreaterThanOrEqualTo(1), "the fault was never hit: the cell does not test what it names");
        if (first.ExitCode != 0)
        {
            Assert.That(first.Result?.Error, Does.StartWith("target jira11: "), "the failure names the target it stopped in");
            Assert.That(first.Result!.Targets!.Select(t => t.Name), Is.EqualTo(new[] { "jira10", "jira11" }));
        }

        TargetsConsistency.AssertPublished(sandbox, final);
    }
}
