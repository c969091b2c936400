using Marketplace.Release.Api;
using Marketplace.Release.Hosting;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>
/// Runs the CLI in-process, exactly as Program.Main does, with an environment of the test's own and short
/// retry and polling delays (the schedules themselves are tested on a fake clock elsewhere).
/// </summary>
internal static class CliRunner
{
    public static async Task<CliRun> RunAsync(SandboxHost sandbox, WorkspaceBuilder workspace, string[] args, IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["MARKETPLACE_USER"] = SandboxHost.User,
            ["MARKETPLACE_API_TOKEN"] = SandboxHost.Token,
            ["MARKETPLACE_BASE_URL"] = sandbox.Server.BaseUrl.ToString(),
        };
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return await RunAsync(workspace.Root, environment, args);
    }

    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var resultFile = Path.Join(workingDirectory, "result-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        var withResult = args.Length > 0 && args[0] is "publish" or "plan" ? [.. args, "--result", resultFile] : args;
        var context = new CliContext
        {
            Environment = new DictionaryEnvironment(environment),
            Out = output,
            Error = error,
            WorkingDirectory = workingDirectory,
            AdjustReleaseOptions = Fast,
        };

        var exitCode = await CliApp.RunAsync(withResult, context);
        var resultText = File.Exists(resultFile) ? await File.ReadAllTextAsync(resultFile) : null;
        var run = new CliRun(exitCode, output.ToString(), error.ToString(), resultText is null ? null : ReleaseResultJson.Deserialize(resultText));
        AssertNoSecret(environment, run.All + resultText);
        return run;
    }

    /// <summary>
    /// Secret hygiene for every CLI run of this suite: neither the API token nor the Basic credentials built from it
    /// appear in anything the run printed or wrote (GitHub's ::add-mask:: lines, which the runner consumes, aside).
    /// </summary>
    private static void AssertNoSecret(IReadOnlyDictionary<string, string?> environment, string text)
    {
        var printed = string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("::add-mask::", StringComparison.Ordinal)));
        foreach (var name in new[] { "MARKETPLACE_API_TOKEN", "INPUT_API-TOKEN" })
        {
            if (environment.TryGetValue(name, out var token) && token is { Length: >= 6 })
            {
                Assert.That(printed, Does.Not.Contain(token), $"the {name} value was printed");
                var user = environment.GetValueOrDefault("MARKETPLACE_USER") ?? environment.GetValueOrDefault("INPUT_USER") ?? string.Empty;
                var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{token}"));
                Assert.That(printed, Does.Not.Contain(basic), "the Basic credentials were printed");
            }
        }
    }

    private static ReleaseOptions Fast(ReleaseOptions options) => options with
    {
        PollInitialDelay = TimeSpan.FromMilliseconds(100),
        PollMaxDelay = TimeSpan.FromMilliseconds(500),
        ProgressInterval = TimeSpan.FromMilliseconds(200),
        Client = options.Client with
        {
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            AttemptTimeout = TimeSpan.FromSeconds(3),
            MaxRetries = 3,
        },
    };
}
