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
        var result = File.Exists(resultFile) ? ReleaseResultJson.Deserialize(await File.ReadAllTextAsync(resultFile)) : null;
        return new CliRun(exitCode, output.ToString(), error.ToString(), result);
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
