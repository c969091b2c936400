using System.Globalization;
using Marketplace.Release.Reliability.Tests.Faults;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Reliability.Tests.Soak;

/// <summary>
/// Item 7 of the reliability issue: consecutive releases (distinct versions) by the real CLI process against one
/// sandbox that injects a random fault of the matrix into each; every release ends consistent, and the CLI's peak
/// memory does not grow with the count. Runs only when <c>SOAK_RELEASES</c> is set (<c>bench/soak.sh</c>: 300).
/// </summary>
[TestFixture]
internal sealed class SoakTests
{
    public const string Variable = "SOAK_RELEASES";

    [Test]
    public async Task Consecutive_releases_with_random_faults_stay_consistent_and_do_not_grow_the_CLI()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(Variable), CultureInfo.InvariantCulture, out var releases) || releases <= 0)
        {
            Assert.Ignore($"set {Variable} (bench/soak.sh sets 300) to run the soak");
        }

        var seed = int.TryParse(Environment.GetEnvironmentVariable("SOAK_SEED"), CultureInfo.InvariantCulture, out var given) ? given : 20261124;
        var random = new Random(seed);
        await using var sandbox = await TestSandbox.StartAsync();
        using var workspace = WorkspaceBuilder.Create().WithExample();
        // The one-shot faults: the persistent ones only test the re-run, which the matrix covers, at minutes of backoff each.
        var transient = FaultMatrix.Faults.Where(f => !FaultMatrix.IsPersistent(f.Rule(FaultMatrix.Requests[0]))).ToList();
        var peaks = new List<long>();
        var failures = new List<string>();
        var reruns = 0;
        for (var index = 0; index < releases; index++)
        {
            var version = $"2.{index / 100}.{index % 100}";
            var build = (2 * 100000000L) + (index / 100 * 100000L) + (index % 100 * 100L);
            foreach (var jar in Directory.GetFiles(workspace.PathOf("target"), "*.jar"))
            {
                File.Delete(jar);
            }

            workspace.WithPluginJar($"target/timesheets-{version}.jar", version: version);

            // Each release from a fresh checkout, as in CI: the remembered last upload would otherwise make every
            // release wait out the Marketplace's 10 s spacing (the real CLI keeps it; the sandbox here does not need it).
            if (Directory.Exists(workspace.PathOf(".marketplace-release")))
            {
                Directory.Delete(workspace.PathOf(".marketplace-release"), recursive: true);
            }
            var request = FaultMatrix.Requests[random.Next(FaultMatrix.Requests.Count)];
            var fault = transient[random.Next(transient.Count)];
            sandbox.Server.Faults.Clear();
            sandbox.Server.Faults.Add(fault.Rule(request));
            var environment = sandbox.Environment();
            environment["VERSION"] = version;

            using var cli = CliProcess.Start(workspace.Root, environment, "publish");
            var run = await cli.WaitAsync(TimeSpan.FromMinutes(3));
            InProcessCli.AssertNoSecrets(run, workspace.Root, environment);
            peaks.Add(run.PeakMemoryBytes);
            sandbox.Server.Faults.Clear();
            if (run.ExitCode != 0)
            {
                reruns++;
                using var again = CliProcess.Start(workspace.Root, environment, "publish");
                run = await again.WaitAsync(TimeSpan.FromMinutes(3));
            }

            var problems = Consistency.Problems(sandbox, build, index + 1);
            if (run.ExitCode != 0 || problems.Count > 0)
            {
                failures.Add($"{version} with {request.Name} × {fault.Name}: exit {run.ExitCode}; {string.Join("; ", problems)}\n{run}");
            }
        }

        var window = Math.Max(1, Math.Min(30, releases / 4));
        var first = peaks.Take(window).Average() / 1048576;
        var last = peaks.TakeLast(window).Average() / 1048576;
        var growth = last - first;
        ReliabilityReport.Add("Soak", $"{releases} releases, random matrix fault each (seed {seed})",
            $"{releases - failures.Count} consistent, {reruns} needed a re-run; CLI peak RSS {first:0} MB (first {window}) → {last:0} MB (last {window}), max {peaks.Max() / 1048576.0:0} MB",
            failures.Count == 0 && growth < 20);
        TestContext.Out.WriteLine($"soak: {releases} releases, {failures.Count} inconsistent, {reruns} re-runs, peak RSS {first:0} MB → {last:0} MB");

        Assert.That(failures, Is.Empty, string.Join("\n\n", failures.Take(3)));
        Assert.That(growth, Is.LessThan(20), $"the CLI's peak memory grew from {first:0} MB to {last:0} MB over {releases} releases");
    }
}
