using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// Runs the CLI in-process, exactly as Program.Main does, with short timeouts, and checks after every run that no
/// credential reached stdout, stderr, the result file, the workspace's state file or a GitHub summary/output file.
/// </summary>
internal static class InProcessCli
{
    /// <summary>Per-attempt timeout of reads, creates and uploads in these tests; the slow-response fault waits longer.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(800);

    public static Task<CliRun> PublishAsync(TestSandbox sandbox, string workspace, params string[] options) =>
        RunAsync(workspace, sandbox.Environment(), ["publish", .. options]);

    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string[] args, Func<ReleaseOptions, ReleaseOptions>? adjust = null)
    {
        var (exitCode, output, error, resultText) = await CliInvocation.RunAsync(workingDirectory, environment, args, adjust ?? Fast);
        var run = new CliRun(exitCode, output, error, resultText is null ? null : ReleaseResultJson.Deserialize(resultText), resultText);
        AssertNoSecrets(run, workingDirectory, environment);
        return run;
    }

    public static ReleaseOptions Fast(ReleaseOptions options) => options with
    {
        PollInitialDelay = TimeSpan.FromMilliseconds(100),
        PollMaxDelay = TimeSpan.FromMilliseconds(300),
        ProgressInterval = TimeSpan.FromMilliseconds(200),
        WaitTimeout = options.WaitTimeout == TimeSpan.FromMinutes(15) ? TimeSpan.FromSeconds(20) : options.WaitTimeout,
        Client = options.Client with
        {
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            AttemptTimeout = AttemptTimeout,
            UploadAttemptTimeout = AttemptTimeout * 2,
            RequestTimeout = TimeSpan.FromSeconds(20),
            MaxRetries = 3,
        },
    };

    /// <summary>
    /// stdout without GitHub's <c>::add-mask::VALUE</c> commands: the runner consumes those lines (they are how a secret
    /// is registered for masking) and shows none of them; every other line is scanned.
    /// </summary>
    public static string WithoutMaskCommands(string output) =>
        string.Join('\n', output.Split('\n').Where(line => !line.StartsWith("::add-mask::", StringComparison.Ordinal)));

    /// <summary>Every place a run writes to, scanned for the credentials.</summary>
    public static void AssertNoSecrets(CliRun run, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        Secrets.AssertAbsent(WithoutMaskCommands(run.Out), "stdout");
        Secrets.AssertAbsent(run.Error, "stderr");
        Secrets.AssertAbsent(run.ResultText, "the result file");
        foreach (var name in new[] { "GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "BITBUCKET_PIPE_STORAGE_DIR" })
        {
            if (environment.TryGetValue(name, out var path) && path is not null && File.Exists(path))
            {
                Secrets.AssertAbsent(File.ReadAllText(path), name);
            }
        }

        var state = Path.Join(workingDirectory, ".marketplace-release", "state.json");
        if (File.Exists(state))
        {
            Secrets.AssertAbsent(File.ReadAllText(state), "the workspace's state file");
        }
    }
}
