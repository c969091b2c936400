using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// The version PUT of a compatibility update (docs/marketplace-api.md § Compatibility updates) in the fault matrix: each of its requests × every fault.
/// The update ends consistent: exit 0 with one version holding the new compatibility; or a non-zero exit naming the
/// cause, after which a plain re-run exits 0 with the same. A lost answer never sends the PUT blindly again.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class UpdateFaultMatrixTests
{
    private const string Section = "Fault matrix: compatibility update";

    [TestCaseSource(typeof(FaultMatrix), nameof(FaultMatrix.UpdateCells))]
    public async Task An_update_ends_consistent(string requestName, string faultName)
    {
        var request = FaultMatrix.Request(requestName);
        var fault = FaultMatrix.Fault(faultName);
        await using var sandbox = await TestSandbox.StartAsync();
        using var workspace = WorkspaceBuilder.Create().WithExample();
        await CompatibilityUpdate.PrepareAsync(sandbox, workspace);
        var rule = fault.Rule(request);
        var persistent = FaultMatrix.IsPersistent(rule);
        var logged = sandbox.Server.Requests.Count;
        sandbox.Server.Faults.Add(rule);

        var first = await InProcessCli.PublishAsync(sandbox, workspace.Root);
        var hit = (await LoggedWithFaultAsync(sandbox, logged)).Count;
        sandbox.Server.Faults.Clear();
        var rerun = first.ExitCode == 0 ? null : await InProcessCli.PublishAsync(sandbox, workspace.Root);
        var final = rerun ?? first;
        var problems = CompatibilityUpdate.Problems(sandbox);
        var puts = sandbox.Server.Requests.Skip(logged).Count(r => r.Method == "PUT" && r.PathAndQuery.EndsWith($"/versions/{CompatibilityUpdate.Build}", StringComparison.Ordinal));

        var outcome = first.ExitCode == 0 ? $"exit 0; {Counted.Of(puts, "PUT")}" : $"exit {first.ExitCode}: {first.Result?.Error}; re-run exit {rerun!.ExitCode}; {Counted.Of(puts, "PUT")}";
        var hitAsExpected = persistent ? hit >= 1 : hit == 1;
        var consistent = hitAsExpected && final.ExitCode == 0 && problems.Count == 0;
        ReliabilityReport.Add(Section, $"{requestName} × {faultName}", problems.Count > 0 ? $"{outcome}; {string.Join("; ", problems)}" : outcome, consistent);

        Assert.That(hitAsExpected, Is.True, $"the fault was hit {Counted.Of(hit, "time")}: the cell does not test what it names");
        if (first.ExitCode != 0)
        {
            Assert.That(first.Result?.Error, Is.Not.Null.And.Not.Empty, "a failure must name its cause");
        }

        Assert.That(final.ExitCode, Is.Zero, final.ToString());
        Assert.That(problems, Is.Empty, final.ToString());
        Assert.That(sandbox.Server.Requests.Skip(logged).Count(r => r.Method == "POST"), Is.Zero, "an update creates nothing");
        if (rule.Kind is FaultKind.PerformThenDrop or FaultKind.PerformThenStatus && request.Method == "PUT")
        {
            Assert.That(puts, Is.EqualTo(1), "the lost answer was settled by reading the version back, not by sending the PUT again");
        }
    }

    private static async Task<IReadOnlyList<RecordedRequest>> LoggedWithFaultAsync(TestSandbox sandbox, int from)
    {
        try
        {
            var all = await sandbox.Server.WaitForRequestsAsync(requests => requests.Skip(from).Any(r => r.Fault is not null)).WaitAsync(TimeSpan.FromSeconds(10));
            return [.. all.Skip(from).Where(r => r.Fault is not null)];
        }
        catch (TimeoutException)
        {
            return [.. sandbox.Server.Requests.Skip(from).Where(r => r.Fault is not null)];
        }
    }
}
