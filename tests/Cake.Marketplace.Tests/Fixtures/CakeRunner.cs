using System.Text.RegularExpressions;

namespace Cake.Marketplace.Tests.Fixtures;

/// <summary>
/// Runs the real Cake runner, <c>dotnet cake</c> from the repository's tool manifest, on a script, with the
/// test's environment only (no MARKETPLACE_* leaking in from the machine).
/// </summary>
internal static partial class CakeRunner
{
    public static async Task<ProcessRun> RunAsync(AddinFeed feed, string scriptPath, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var variables = new Dictionary<string, string?>
        {
            ["MARKETPLACE_USER"] = null,
            ["MARKETPLACE_API_TOKEN"] = null,
            ["MARKETPLACE_BASE_URL"] = null,
            ["CAKE_PATHS_ADDINS"] = feed.AddinsFolder,
            ["NO_COLOR"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        // From the repository root: that is where `dotnet cake` finds .config/dotnet-tools.json.
        var run = await ProcessRun.RunAsync("dotnet", ["cake", scriptPath, .. arguments], RepositoryPaths.Root, variables, TimeSpan.FromMinutes(2));
        return run with { Output = Ansi().Replace(run.Output, "") };
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();
}
