using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Docs.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Examples;

/// <summary>
/// Runs a documented shell block (<c>docs-test: run</c>) with bash, <c>set -euo pipefail</c>, in a fresh temp folder,
/// as a user who pasted it would, with three differences, all printed: <c>dotnet run --project action --</c> and
/// <c>marketplace-release</c> run the CLI built beside these tests (the same program, without building it again);
/// each port given as <c>--port N</c> (and the same N in <c>127.0.0.1:N</c>) becomes a free port, so the block never
/// meets another sandbox; background jobs are killed when the block ends. No MARKETPLACE_* variable leaks in.
/// </summary>
internal static partial class ShellBlockRunner
{
    private const string Preamble = """
        set -euo pipefail
        trap 'for job in $(jobs -p); do kill "$job" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
        mr_cli() { if [ "$BASHPID" != "$$" ]; then exec dotnet "$MR_DOCS_CLI" "$@"; else command dotnet "$MR_DOCS_CLI" "$@"; fi; }
        dotnet() { if [ "${1-} ${2-} ${3-} ${4-}" = "run --project action --" ]; then shift 4; mr_cli "$@"; else command dotnet "$@"; fi; }
        marketplace-release() { mr_cli "$@"; }

        """;

    public static async Task<ProcessRun> RunAsync(string block)
    {
        var script = block;
        foreach (var port in Port().Matches(block).Select(match => match.Groups[1].Value).Distinct())
        {
            var free = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
            script = script.Replace($"--port {port}", $"--port {free}", StringComparison.Ordinal)
                .Replace($"127.0.0.1:{port}", $"127.0.0.1:{free}", StringComparison.Ordinal);
        }

        var folder = Directory.CreateTempSubdirectory("marketplace-release-docs-sh-").FullName;
        try
        {
            var path = Path.Join(folder, "block.sh");
            await File.WriteAllTextAsync(path, Preamble + script);
            var environment = new Dictionary<string, string?>
            {
                ["MR_DOCS_CLI"] = BuildInfo.CliDll,
                ["MARKETPLACE_USER"] = null,
                ["MARKETPLACE_API_TOKEN"] = null,
                ["MARKETPLACE_BASE_URL"] = null,
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            };
            TestContext.Out.WriteLine("$ bash block.sh   # in " + folder + "\n" + script);
            return await ProcessRun.RunAsync("bash", [path], folder, environment, TimeSpan.FromSeconds(90));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"--port (\d+)")]
    private static partial Regex Port();
}
