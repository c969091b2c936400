using System.CommandLine;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Domain;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;
using Marketplace.Sandbox;
using Marketplace.Sandbox.Samples;

namespace Marketplace.Release.Cli.Commands;

/// <summary>
/// <c>demo</c>: starts a sandbox, lays out the bundled example (manifest, plugin jar, screenshot) in a temporary
/// workspace and publishes it end to end, printing every step and the result file.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var version = new Option<string>("--version-number") { Description = "The example's version number.", DefaultValueFactory = _ => "1.4.0", HelpName = "VERSION" };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary workspace (to look at it or publish it again)." };
        var into = new Option<string?>("--workspace")
        {
            Description = "Lay the example (manifest, jar, screenshot) out in this folder, created if missing, and keep it: a workspace to rehearse `publish` with.",
            HelpName = "DIR",
        };
        var command = new Command("demo", "Start a sandbox and publish the bundled example to it, end to end.") { version, keep, into };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var number = parse.GetValue(version)!;
            var seed = SandboxSeed.Default;
            await using var server = await SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed }, cancellationToken);
            var chosen = parse.GetValue(into);
            var workspace = chosen is null
                ? Directory.CreateTempSubdirectory("marketplace-release-demo-").FullName
                : Directory.CreateDirectory(context.ResolvePath(chosen)).FullName;
            try
            {
                await WriteExampleAsync(workspace, number, cancellationToken);
                await context.Out.WriteLineAsync($"Sandbox on {server.BaseUrl}; example workspace {workspace}");
                var user = seed.Users[0];
                var environment = new OverlayEnvironment(context.Environment, new Dictionary<string, string?>
                {
                    [ReleaseVariables.User] = user.Email,
                    [ReleaseVariables.ApiToken] = user.Token,
                    [ReleaseVariables.BaseUrl] = server.BaseUrl.ToString(),
                    ["VERSION"] = number,
                    // The seeded app's developer space, so the demo can end with a report (README.md, "Release insight").
                    [ReleaseVariables.DeveloperId] = seed.Apps[0].DeveloperId,
                });
                var demoContext = new CliContext
                {
                    Environment = environment,
                    Out = context.Out,
                    Error = context.Error,
                    WorkingDirectory = workspace,
                    Time = context.Time,
                    AdjustReleaseOptions = context.AdjustReleaseOptions,
                };
                var resultFile = Path.Join(workspace, "result.json");
                var exitCode = await PublishRunner.RunAsync(demoContext, new ConsoleHost(demoContext),
                    new HostInputs { ResultFile = resultFile }.ToRequest(demoContext), cancellationToken);
                await context.Out.WriteLineAsync("Result file:");
                await context.Out.WriteLineAsync(await File.ReadAllTextAsync(resultFile, cancellationToken));
                var listing = server.State.AppSoftwareId("com.example.timesheets", Hosting.DataCenter.Word()) is { } id ? server.State.Listings(id).Count : 0;
                await context.Out.WriteLineAsync($"The sandbox now holds {Counted.Of(listing, "listing")} of com.example.timesheets, after {Counted.Of(server.Requests.Count, "request")}.");
                if (exitCode != Failures.ExitCodes.Success)
                {
                    return exitCode;
                }

                await context.Out.WriteLineAsync("Release insight (marketplace-release report):");
                return await ReportRunner.RunAsync(demoContext, new ConsoleHost(demoContext), new HostInputs().ToRequest(demoContext),
                    new ReportFiles(Insight.ReleaseInsight.DefaultWeeks, null, null), cancellationToken);
            }
            finally
            {
                if (parse.GetValue(keep) || chosen is not null)
                {
                    await context.Out.WriteLineAsync($"Kept {workspace}");
                }
                else
                {
                    Directory.Delete(workspace, recursive: true);
                }
            }
        });
        return command;
    }

    private static async Task WriteExampleAsync(string workspace, string version, CancellationToken cancellationToken)
    {
        await using (var manifest = typeof(DemoCommand).Assembly.GetManifestResourceStream("example-manifest.yml")
            ?? throw new InvalidOperationException("the example manifest is not embedded"))
        await using (var file = File.Create(Path.Join(workspace, ReleaseDefaults.ManifestFile)))
        {
            await manifest.CopyToAsync(file, cancellationToken);
        }

        Directory.CreateDirectory(Path.Join(workspace, "target"));
        await File.WriteAllBytesAsync(Path.Join(workspace, "target", $"timesheets-{version}.jar"), SampleFiles.PluginJar(version: version), cancellationToken);
        Directory.CreateDirectory(Path.Join(workspace, "docs", "screens"));
        await File.WriteAllBytesAsync(Path.Join(workspace, "docs", "screens", "board.png"), SampleFiles.Png(64, 40), cancellationToken);
    }
}
