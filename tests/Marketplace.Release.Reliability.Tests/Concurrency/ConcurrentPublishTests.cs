using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Reliability.Tests.Concurrency;

/// <summary>
/// Item 6 of the reliability issue: two publishes of the same manifest started at the same moment against one
/// sandbox end with exactly one version and one listing, and both exit 0 (the loser finds the work done).
/// </summary>
[TestFixture]
internal sealed class ConcurrentPublishTests
{
    private const long Build = 100400000;

    [TestCase(false, TestName = "Two publishes from one workspace at once")]
    [TestCase(true, TestName = "Two publishes from two checkouts at once")]
    public async Task Two_simultaneous_publishes_make_one_version_and_both_succeed(bool separateWorkspaces)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var first = WorkspaceBuilder.Create().WithExample();
        using var second = separateWorkspaces ? WorkspaceBuilder.Create().WithExample() : null;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task<CliRun> Run(string root)
        {
            await start.Task;
            return await InProcessCli.PublishAsync(sandbox, root);
        }

        var runs = new[] { Task.Run(() => Run(first.Root)), Task.Run(() => Run(second?.Root ?? first.Root)) };
        start.SetResult();
        var results = await Task.WhenAll(runs);

        var versionCreates = sandbox.Server.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/versions", StringComparison.Ordinal));
        var problems = Consistency.Problems(sandbox, Build);
        ReliabilityReport.Add("Concurrency", separateWorkspaces ? "two checkouts" : "one workspace",
            $"exits {results[0].ExitCode} and {results[1].ExitCode}; {Counted.Of(versionCreates, "version create")} sent; {Counted.Of(sandbox.State.ArtifactUploadCount, "upload")}",
            results.All(r => r.ExitCode == 0) && problems.Count == 0);
        foreach (var run in results)
        {
            Consistency.AssertPublished(sandbox, Build, run);
        }

        Assert.That(string.Join("\n", results.Select(r => r.Out)), Does.Contain("already").Or.Contain("exists"),
            "neither run reports that the other one did the work");
    }
}
