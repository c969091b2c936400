using System.CommandLine;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;

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
            host.Begin(HostSecrets.From(inputs.Environment));
            var path = Path.GetFullPath(parse.GetValue(manifest) ?? inputs.ManifestPath ?? CommonOptions.DefaultManifest, inputs.WorkingDirectory ?? context.WorkingDirectory);
            try
            {
                var plan = ManifestLoader.Load(path, inputs.Environment);
                context.Out.WriteLine($"✔ {Path.GetFileName(path)} is valid: {Describe(plan)}");
                return ExitCodes.Success;
            }
            catch (ManifestException invalid)
            {
                host.ReportManifestErrors(invalid.Diagnostics);
                context.Error.WriteLine($"✖ {invalid.Diagnostics.Count} problem(s) in {Path.GetFileName(path)}");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }

    private static string Describe(ReleasePlan plan)
    {
        var version = plan.Version;
        var artifact = version.Artifact switch
        {
            { LocalPath: { } local } => $"artifact {Path.GetRelativePath(plan.WorkspaceRoot, local)} ({new FileInfo(local).Length / 1048576.0:0.0} MB)",
            { Url: { } url } => $"artifact fetched from {url}",
            _ => plan.GitHub?.Asset is { } asset ? $"artifact from the GitHub release asset {asset}" : "no artifact",
        };
        return $"{plan.App.Key} {version.Number} (build {version.BuildNumber}, {plan.App.Hosting}, {version.Framework}), {artifact}, " +
            $"{version.Compatibility.Count} compatibility entr{(version.Compatibility.Count == 1 ? "y" : "ies")}, listing {(plan.Listing.Public ? "public" : "private")}";
    }
}
