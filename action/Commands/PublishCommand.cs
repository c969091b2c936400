using System.CommandLine;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Commands;

/// <summary><c>publish</c> and its read-only twin <c>plan</c> (= <c>publish --dry-run</c>).</summary>
internal static class PublishCommand
{
    public static Command Create(CliContext context, bool dryRunOnly)
    {
        var manifest = CommonOptions.Manifest();
        var dryRun = new Option<bool>("--dry-run") { Description = "Read-only calls only; print what publish would change (same as 'plan')." };
        var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for artifact processing; exit 5 if it is not ready (a re-run resumes)." };
        var result = new Option<string?>("--result") { Description = "Write the result as JSON to this file.", HelpName = "FILE" };
        var timeout = new Option<string?>("--timeout") { Description = $"How long to wait for artifact processing, e.g. 90s, 10m, 1h (default {ReleaseDefaults.WaitTimeoutText}).", HelpName = "DURATION" };
        var detailedExitCode = new Option<bool>("--detailed-exitcode") { Description = "With plan: exit 8 when anything would change, 0 when nothing would (for scheduled drift checks)." };
        var waitForApproval = new Option<string?>("--wait-for-approval")
        {
            Description = "After a public release, wait this long for the Marketplace's review, e.g. 2h: exit 0 when approved, 4 when rejected, 5 when still under review (a re-run resumes the wait).",
            HelpName = "DURATION",
        };
        var target = new Option<string[]>("--target")
        {
            Description = "With targets: in the manifest, run only this target (repeatable); default: every target, in the manifest's order.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var debug = new Option<bool>("--debug") { Description = "Print every HTTP request and response (Authorization shown as 'Basic ***')." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The Marketplace API base URL (default: MARKETPLACE_BASE_URL, else the live API).", HelpName = "URL" };

        var command = dryRunOnly
            ? new Command("plan", "Show what publish would change, with read-only calls (same as publish --dry-run).")
            : new Command("publish", "Publish the version the manifest describes: upload, wait, create version and listing, publish, verify. Safe to re-run.");
        command.Arguments.Add(manifest);
        if (!dryRunOnly)
        {
            command.Options.Add(dryRun);
            command.Options.Add(noWait);
            command.Options.Add(waitForApproval);
        }

        command.Options.Add(target);
        command.Options.Add(detailedExitCode);
        command.Options.Add(result);
        command.Options.Add(timeout);
        command.Options.Add(baseUrl);
        command.Options.Add(debug);
        command.SetAction((parse, cancellationToken) =>
        {
            var host = CiHostDetector.Detect(context);
            var inputs = host.ReadInputs();
            var request = inputs.ToRequest(context) with
            {
                ManifestPath = parse.GetValue(manifest) ?? inputs.ManifestPath,
                DryRun = dryRunOnly || parse.GetValue(dryRun) || inputs.DryRun == true,
                NoWait = !dryRunOnly && parse.GetValue(noWait),
                DetailedExitCode = parse.GetValue(detailedExitCode) || inputs.DetailedExitCode == true,
                ResultFile = parse.GetValue(result) ?? inputs.ResultFile,
                WaitTimeoutText = HostValues.Given(parse.GetValue(timeout), "--timeout") ?? inputs.Timeout,
                WaitForApprovalText = dryRunOnly ? null : HostValues.Given(parse.GetValue(waitForApproval), "--wait-for-approval") ?? inputs.WaitForApproval,
                BaseUrl = HostValues.Given(parse.GetValue(baseUrl), "--base-url") ?? inputs.BaseUrl,
                Debug = parse.GetValue(debug) || inputs.LogHttp,
                Targets = parse.GetValue(target) is { Length: > 0 } targets ? targets : inputs.Targets,
            };
            return PublishRunner.RunAsync(context, host, request, cancellationToken);
        });
        return command;
    }
}
