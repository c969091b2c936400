using System.CommandLine;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Commands;

/// <summary><c>validate</c>: offline checks of the manifest, its files and the upload limits. Sends nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var manifest = CommonOptions.Manifest();
        var command = new Command("validate", "Check the manifest offline: schema, interpolation, files, limits. Sends nothing.") { manifest };
        command.SetAction(parse =>
        {
            var host = CiHostDetector.Detect(context);
            var inputs = host.ReadInputs();
            var session = ReleaseSession.Begin(context.Environment, inputs.ToRequest(context) with { ManifestPath = parse.GetValue(manifest) ?? inputs.ManifestPath });
            host.Begin(session.Mask.Secrets);
            var check = session.CheckManifest();
            if (check.Plan is { } plan)
            {
                context.Out.WriteLine(ReleaseSession.ValidLine(plan));
                return ExitCodes.Success;
            }

            host.ReportManifestErrors(check.Diagnostics);
            context.Out.WriteLine(session.InvalidLine(check.Diagnostics.Count));
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
