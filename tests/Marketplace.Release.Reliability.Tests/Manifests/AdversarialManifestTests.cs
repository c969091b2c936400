using System.Diagnostics;
using System.Text.RegularExpressions;
using CsCheck;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Reliability.Tests.Manifests;

/// <summary>
/// Item 3 of the reliability issue: generated broken manifests (CsCheck). Every one exits 2 with file:line:col,
/// sends zero requests, prints no stack trace, finishes in seconds and stays far below 200 MB.
/// </summary>
[TestFixture]
internal sealed partial class AdversarialManifestTests
{
    private const int Generated = 1100;
    private const long MemoryLimit = 200L * 1024 * 1024;
    private const string Section = "Adversarial manifests";
    private TestSandbox sandbox = null!;
    private AdversarialWorkspace workspace = null!;

    [OneTimeSetUp]
    public async Task StartSandbox()
    {
        sandbox = await TestSandbox.StartAsync();
        workspace = new AdversarialWorkspace();
    }

    [OneTimeTearDown]
    public async Task StopSandbox()
    {
        workspace.Dispose();
        await sandbox.DisposeAsync();
    }

    [Test]
    public async Task The_base_manifest_is_valid_so_every_refusal_comes_from_the_breakage()
    {
        workspace.Write(System.Text.Encoding.UTF8.GetBytes(BrokenManifests.Base));

        var run = await InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["validate"]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    [Test]
    public void Every_generated_broken_manifest_exits_2_at_a_position_and_sends_nothing()
    {
        var counts = BrokenManifests.Kinds.ToDictionary(k => k, _ => 0);
        var slowest = BrokenManifests.Kinds.ToDictionary(k => k, _ => 0L);
        var largest = BrokenManifests.Kinds.ToDictionary(k => k, _ => 0L);
        var requestsBefore = sandbox.Server.Requests.Count;

        BrokenManifests.All.Sample(manifest =>
        {
            workspace.Write(manifest.Bytes);
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var clock = Stopwatch.StartNew();
            CliRun run;
            try
            {
                run = InProcessCli.RunAsync(workspace.Root, sandbox.Environment(), ["publish"]).WaitAsync(TimeSpan.FromSeconds(15)).GetAwaiter().GetResult();
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException("the run hung for 15 s");
            }

            var elapsed = clock.ElapsedMilliseconds;
            var bytes = GC.GetTotalAllocatedBytes(precise: false) - allocated;
            Check(run.ExitCode == 2, $"exit {run.ExitCode}, expected 2\n{run}");
            Check(Position().IsMatch(run.Out), $"no file:line:col in stdout\n{run}");
            Check(!run.All.Contains("   at ", StringComparison.Ordinal), $"a stack trace was printed\n{run}");
            Check(sandbox.Server.Requests.Count == requestsBefore, $"{Counted.Of(sandbox.Server.Requests.Count - requestsBefore, "request")} were sent\n{run}");
            Check(bytes < MemoryLimit, $"{bytes / 1048576} MB allocated");
            counts[manifest.Kind]++;
            slowest[manifest.Kind] = Math.Max(slowest[manifest.Kind], elapsed);
            largest[manifest.Kind] = Math.Max(largest[manifest.Kind], bytes);
        }, iter: Generated, threads: 1, print: m => m.ToString());

        foreach (var kind in BrokenManifests.Kinds)
        {
            ReliabilityReport.Add(Section, kind, $"{counts[kind]} generated: all exit 2 with file:line:col, 0 requests, no stack trace; slowest {slowest[kind]} ms, most allocated {largest[kind] / 1048576.0:0.0} MB", consistent: true);
        }

        Assert.That(counts.Values.Sum(), Is.GreaterThanOrEqualTo(1000));
        Assert.That(counts.Values, Has.All.GreaterThan(20), "every kind of breakage is generated");
    }

    [TestCaseSource(typeof(BrokenManifests), nameof(BrokenManifests.Kinds))]
    public async Task The_largest_of_each_kind_stays_below_200_MB_in_a_real_process(string kind)
    {
        var manifest = BrokenManifests.Largest(kind);
        workspace.Write(manifest.Bytes);

        using var cli = CliProcess.Start(workspace.Root, sandbox.Environment(), "publish");
        var run = await cli.WaitAsync(TimeSpan.FromSeconds(30));

        ReliabilityReport.Add(Section, $"{kind}: largest, real process", $"exit {run.ExitCode}; peak RSS {run.PeakMemoryBytes / 1048576.0:0} MB", run.ExitCode == 2 && run.PeakMemoryBytes < MemoryLimit);
        Assert.That(run.Killed, Is.False, "the process hung");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Out, Does.Match(Position()), run.ToString());
        Assert.That(run.PeakMemoryBytes, Is.GreaterThan(0).And.LessThan(MemoryLimit));
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    [GeneratedRegex(@"marketplace-release\.yml:\d+:\d+: ")]
    private static partial Regex Position();
}
