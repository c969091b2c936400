using Marketplace.Release.Reliability.Tests.Faults;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Kill;

/// <summary>
/// Issue 20: the real CLI process releasing two targets is killed with SIGKILL between the targets and before and
/// after each write of the second (<see cref="TargetsMatrix"/>); a plain re-run then ends with exactly one version per
/// target, each PUBLIC.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class TargetsKillResumeTests
{
    private const string Section = "Kill and resume (two targets)";

    public static IEnumerable<TestCaseData> Points() =>
        from request in TargetsMatrix.Requests
        from phase in new[] { SandboxRequestPhase.Received, SandboxRequestPhase.Completed }
        select new TestCaseData(request.Name, phase).SetName($"targets: SIGKILL {new KillPoint(request, phase).Name}");

    [OneTimeSetUp]
    public void CliIsBuilt() => Assert.That(File.Exists(CliProcess.DllPath), Is.True, $"{CliProcess.DllPath} is missing");

    [TestCaseSource(nameof(Points))]
    public async Task A_rerun_after_a_kill_finishes_every_target_once(string requestName, SandboxRequestPhase phase)
    {
        var point = new KillPoint(TargetsMatrix.Request(requestName), phase);
        var kill = new KillSwitch(point.Request, phase);
        await using var sandbox = await TestSandbox.StartAsync(onRequest: kill.OnRequestAsync);
        using var workspace = TargetsWorkspaces.DataCenterPair();

        using var cli = CliProcess.Start(workspace.Root, sandbox.Environment(), "publish");
        var first = await Task.WhenAny(kill.Reached, Task.Delay(TimeSpan.FromSeconds(60))) == kill.Reached
            ? await KillResumeTests.KillAfterAsync(cli, TimeSpan.Zero)
            : null;
        var killed = first ?? await cli.WaitAsync(TimeSpan.FromSeconds(5));
        kill.Disarm();
        var rerun = await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["publish"], FrameworkConsistency.Fast);
        var problems = TargetsConsistency.Problems(sandbox, rerun);
        ReliabilityReport.Add(Section, point.Name,
            $"{(first is not null ? "killed" : "kill point never reached")}; re-run exit {rerun.ExitCode}{(problems.Count > 0 ? "; " + string.Join("; ", problems) : string.Empty)}",
            first is not null && rerun.ExitCode == 0 && problems.Count == 0);

        Assert.That(first, Is.Not.Null, $"the kill point was never reached: {killed}");
        Assert.That(first!.Killed, Is.True);
        TargetsConsistency.AssertPublished(sandbox, rerun);
    }
}
