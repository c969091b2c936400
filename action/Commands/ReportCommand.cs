using System.CommandLine;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Insight;

namespace Marketplace.Release.Cli.Commands;

/// <summary>
/// <c>report [MANIFEST] [--weeks N] [--output FILE] [--json FILE]</c>: the install base, its coverage by the
/// manifest's compatibility, the weekly trend and the release health, from the Reporting API. Read-only.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var manifest = CommonOptions.Manifest();
        var weeks = new Option<int>("--weeks")
        {
            Description = $"How many full weeks back to report (1 to {ReleaseInsight.MaxWeeks}).",
            DefaultValueFactory = _ => ReleaseInsight.DefaultWeeks,
            HelpName = "N",
        };
        weeks.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ReleaseInsight.MaxWeeks)
            {
                result.AddError($"--weeks is a whole number from 1 to {ReleaseInsight.MaxWeeks}");
            }
        });
        var output = new Option<string?>("--output") { Description = "Also write the Markdown report to this file.", HelpName = "FILE" };
        var json = new Option<string?>("--json") { Description = "Write the report's figures as JSON to this file.", HelpName = "FILE" };
        var debug = new Option<bool>("--debug") { Description = "Print every HTTP request and response (Authorization shown as 'Basic ***')." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The Marketplace API base URL (default: MARKETPLACE_BASE_URL, else the live API).", HelpName = "URL" };
        var command = new Command("report",
            "Report the install base per host version with the share the manifest's compatibility covers, the weekly trend, and uninstall feedback per version (Reporting API; needs the developer id). Read-only.")
        {
            manifest, weeks, output, json, baseUrl, debug,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var host = CiHostDetector.Detect(context);
            var inputs = host.ReadInputs();
            var request = inputs.ToRequest(context) with
            {
                ManifestPath = parse.GetValue(manifest) ?? inputs.ManifestPath,
                DryRun = true,
                BaseUrl = HostValues.Given(parse.GetValue(baseUrl), "--base-url") ?? inputs.BaseUrl,
                Debug = parse.GetValue(debug),
            };
            return ReportRunner.RunAsync(context, host, request, new ReportFiles(parse.GetValue(weeks), parse.GetValue(output), parse.GetValue(json)), cancellationToken);
        });
        return command;
    }
}
