using Marketplace.Release.Api;
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
        var (exitCode, output, error, resultText) = await CliInvocation.RunAsync(workingDirectory, environment, args, Fast);
        var run = new CliRun(exitCode, output, error, resultText is null ? null : ReleaseResultJson.Deserialize(resultText));
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
            // The sandboxes of these tests need no spacing between uploads; the spacing itself is tested elsewhere.
            UploadSpacing = TimeSpan.FromMilliseconds(100),
        },
    };
}
