using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>
/// Runs the CLI in-process, exactly as Program.Main does, with an environment of the test's own, and captures what
/// it printed and the result file it wrote (publish and plan get a --result file). Shared by the test projects that
/// run the CLI (linked into the reliability tests), each adding its own checks on top.
/// </summary>
internal static class CliInvocation
{
    public static async Task<(int ExitCode, string Out, string Error, string? ResultText)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, string[] args, Func<ReleaseOptions, ReleaseOptions> adjust)
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
            AdjustReleaseOptions = adjust,
        };

        var exitCode = await CliApp.RunAsync(withResult, context);
        var resultText = File.Exists(resultFile) ? await File.ReadAllTextAsync(resultFile) : null;
        return (exitCode, output.ToString(), error.ToString(), resultText);
    }
}
