using Marketplace.Release.Reliability.Tests.Faults;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Kill;

/// <summary>
/// Issue 12: the real CLI process releasing a connect (descriptor by URL), forge or external version is killed with
/// SIGKILL before and after each request of <see cref="FrameworkMatrix"/>; a plain re-run then finishes with exactly
/// one version (found again by forge versionId or the connect descriptor's sha512) and one PUBLIC listing.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class FrameworkKillResumeTests
{
    private const string Section = "Kill and resume (connect, forge, external)";

    public static IEnumerable<TestCaseData> Points() =>
        from framework in FrameworkWorkspaces.Frameworks
        from request in FrameworkMatrix.Requests(framework)
        from phase in new[] { SandboxRequestPhase.Received, SandboxRequestPhase.Completed }
        select new TestCaseData(framework, request.Name, phase).SetName($"{framework}: SIGKILL {new KillPoint(request, phase).Name}");

    [OneTimeSetUp]
    public void CliIsBuilt() => Assert.That(File.Exists(CliProcess.DllPath), Is.True, $"{CliProcess.DllPath} is missing");

    [TestCaseSource(nameof(Points))]
    public async Task A_rerun_after_a_kill_finishes_the_framework_release_once(string framework, string requestName, SandboxRequestPhase phase)
    {
        var point = new KillPoint(FrameworkMatrix.Request(framework, requestName), phase);
        var kill = new KillSwitch(point.Request, phase);
        await using var sandbox = await TestSandbox.StartAsync(onRequest: kill.OnRequestAsync);
        using var workspace = FrameworkWorkspaces.Create(framework);

        using var cli = CliProcess.Start(workspace.Root, sandbox.Environment(), "publish");
        var first = await Task.WhenAny(kill.Reached, Task.Delay(TimeSpan.FromSeconds(60))) == kill.Reached
            ? await KillResumeTests.KillAfterAsync(cli, TimeSpan.Zero)
            : null;
        var killed = first ?? await cli.WaitAsync(TimeSpan.FromSeconds(5));
        kill.Disarm();
        var rerun = await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["publish"], FrameworkConsistency.Fast);
        var problems = FrameworkConsistency.Problems(sandbox, framework, rerun);
        ReliabilityReport.Add(Section, $"{framework}: {point.Name}",
            $"{(first is not null ? "killed" : "kill point never reached")}; re-run exit {rerun.ExitCode}{(problems.Count > 0 ? "; " + string.Join("; ", problems) : string.Empty)}",
            first is not null && rerun.ExitCode == 0 && problems.Count == 0);

        Assert.That(first, Is.Not.Null, $"the kill point was never reached: {killed}");
        Assert.That(first!.Killed, Is.True);
        FrameworkConsistency.AssertPublished(sandbox, framework, rerun);
    }
}
