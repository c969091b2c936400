using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Marketplace.Sandbox;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// Item 1 of the reliability issue: one case per (request, fault) cell. Each publish ends consistent: exit 0 with
/// exactly one version and one listing, PUBLIC and verified; or a non-zero exit whose message names the cause, after
/// which a plain re-run exits 0 with still exactly one of each; the presence sections have converged too (and after a
/// fault on one of their writes, a further run sends no write).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
internal sealed class FaultMatrixTests
{
    private const long Build = 100400000;
    private const string Section = "Fault matrix";

    [TestCaseSource(typeof(FaultMatrix), nameof(FaultMatrix.Cells))]
    public async Task A_publish_ends_consistent(string requestName, string faultName)
    {
        var request = FaultMatrix.Request(requestName);
        var fault = FaultMatrix.Fault(faultName);
        await using var sandbox = await TestSandbox.StartAsync(request.Seed);
        using var workspace = WorkspaceBuilder.Create().WithExample().WithPresence();
        var rule = fault.Rule(request);
        var persistent = FaultMatrix.IsPersistent(rule);
        sandbox.Server.Faults.Add(rule);

        var first = await InProcessCli.PublishAsync(sandbox, workspace.Root);
        // A dropped request is logged when the server is done with it, possibly after the client moved on: wait for the
        // recorder's signal (bounded: a cell whose fault is never hit fails below, naming the count).
        var hit = (await LoggedWithFaultAsync(sandbox)).Where(r => r.Fault is not null).ToList();

        // The network recovers; the re-run is the plain command again.
        sandbox.Server.Faults.Clear();
        var rerun = first.ExitCode == 0 ? null : await InProcessCli.PublishAsync(sandbox, workspace.Root);
        var final = rerun ?? first;
        var problems = Consistency.Problems(sandbox, Build).Concat(PresenceConsistency.Problems(sandbox)).ToList();
        var uploads = sandbox.State.ArtifactUploadCount;

        // A write of a presence section: once converged, a run must find nothing to send.
        var settled = sandbox.Server.Requests.Count;
        var check = request.Presence ? await InProcessCli.PublishAsync(sandbox, workspace.Root) : null;
        if (check is not null && (check.ExitCode != 0 || sandbox.Server.Requests.Skip(settled).Any(PresenceConsistency.IsWrite)))
        {
            problems.Add($"a run after convergence exited {check.ExitCode} and sent {string.Join(", ", sandbox.Server.Requests.Skip(settled).Where(PresenceConsistency.IsWrite).Select(r => $"{r.Method} {r.PathAndQuery}"))}");
        }

        var outcome = first.ExitCode == 0
            ? $"exit 0; {Counted.Of(uploads, "upload")}"
            : $"exit {first.ExitCode}: {Cause(first.Result?.Error)}; re-run exit {rerun!.ExitCode}; {Counted.Of(uploads, "upload")}";
        var hitAsExpected = persistent ? hit.Count >= 1 : hit.Count == 1;
        var consistent = hitAsExpected && final.ExitCode == 0 && problems.Count == 0
            && (first.ExitCode == 0 || first.Result?.Error is { Length: > 0 });
        ReliabilityReport.Add(Section, $"{requestName} × {faultName}", problems.Count > 0 ? $"{outcome}; {string.Join("; ", problems)}" : outcome, consistent);

        Assert.That(hitAsExpected, Is.True, $"the fault was hit {Counted.Of(hit.Count, "time")}: the cell does not test what it names");
        if (first.ExitCode != 0)
        {
            Assert.That(first.Result?.Error, Is.Not.Null.And.Not.Empty, "a failure must name its cause");
            Assert.That(first.All, Does.Not.Contain("   at "), "a stack trace was printed");
        }

        Consistency.AssertPublished(sandbox, Build, final);
        Assert.That(problems, Is.Empty, final.ToString());
    }

    private static async Task<IReadOnlyList<RecordedRequest>> LoggedWithFaultAsync(TestSandbox sandbox)
    {
        try
        {
            return await sandbox.Server.WaitForRequestsAsync(requests => requests.Any(r => r.Fault is not null)).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            return sandbox.Server.Requests;
        }
    }

    /// <summary>The cause part of a failure line (the fix follows " Fix: ").</summary>
    private static string? Cause(string? error) =>
        error?.IndexOf(" Fix: ", StringComparison.Ordinal) is > 0 and var cut ? error[..cut] : error;
}
