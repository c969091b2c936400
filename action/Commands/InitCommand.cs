using System.CommandLine;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Init;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Commands;

/// <summary><c>init</c>: writes a manifest from the live app (docs/marketplace-api.md § Init). The engine reads and writes; this parses and prints.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var appKey = new Option<string>("--app-key") { Description = "The app's key, e.g. com.example.timesheets.", HelpName = "KEY", Required = true };
        var hosting = new Option<string>("--hosting") { Description = "server, datacenter or cloud.", HelpName = "HOSTING", Required = true };
        var output = new Option<string?>("--output") { Description = "Write the manifest to this file (never overwritten); default: print it.", HelpName = "FILE" };
        var developerId = new Option<string?>("--developer-id") { Description = "The app's developer space id (default: MARKETPLACE_DEVELOPER_ID); with it, init also writes appListing, cloudMigration and privacySecurity.", HelpName = "ID" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The Marketplace API base URL (default: MARKETPLACE_BASE_URL, else the live API).", HelpName = "URL" };
        var command = new Command("init", "Write a manifest from the app's newest version on the Marketplace and its listing; 'plan' on it changes nothing. Reads only.")
        {
            appKey, hosting, output, developerId, baseUrl,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // A release session like every command's: one mask over every line printed, the connection and options read alike.
            // No host takes part: the manifest may go to stdout, where a host's workflow commands would spoil it.
            var session = ReleaseSession.Begin(context.Environment, new ReleaseRequest
            {
                WorkingDirectory = context.WorkingDirectory,
                BaseUrl = HostValues.Given(parse.GetValue(baseUrl), "--base-url"),
                SettingNames = CliSettingNames.Instance,
                Time = context.Time,
                AdjustOptions = context.AdjustReleaseOptions,
            });
            var hostingWord = parse.GetValue(hosting)!;
            if (DomainWords.Hostings.FromWord(hostingWord) is not { } parsedHosting)
            {
                var invalid = new ManifestInitResult(null, ReleaseFailure.InvalidInput(
                    $"--hosting '{hostingWord}' is not a hosting", $"use one of {string.Join(", ", DomainWords.Hostings.Words)}"), null, null);
                await context.Out.WriteLineAsync(session.Complete(invalid));
                return invalid.ExitCode;
            }

            var result = await session.InitAsync(new InitRequest
            {
                AppKey = parse.GetValue(appKey)!,
                Hosting = parsedHosting,
                Output = parse.GetValue(output),
                DeveloperId = parse.GetValue(developerId),
            }, cancellationToken);
            var closing = session.Complete(result);
            if (result.Manifest is { } manifest && result.OutputPath is null)
            {
                // The manifest alone on stdout, so `init … > marketplace-release.yml` works; the closing line goes to stderr.
                await context.Out.WriteAsync(manifest);
                await context.Error.WriteLineAsync(closing);
            }
            else
            {
                await context.Out.WriteLineAsync(closing);
                if (StepLine.MarketplaceSaid(result.Failure?.MarketplaceText) is { } said)
                {
                    await context.Out.WriteLineAsync($"  {said}");
                }
            }

            return result.ExitCode;
        });
        return command;
    }
}
