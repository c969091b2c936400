using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>A terminal, or any CI without a host of its own.</summary>
internal sealed class ConsoleHost(CliContext context) : ICiHost
{
    public string Name => "console";

    public Marketplace.Release.Running.ISettingNames SettingNames => CliSettingNames.Instance;

    public HostInputs ReadInputs() => new();

    /// <summary>A person who types no command gets the help.</summary>
    public string[]? DefaultArguments() => null;

    public void Begin(IReadOnlyList<string> secrets)
    {
    }

    public IReleaseReporter CreateReporter() => new ConsoleReporter(context.Out);

    public void ReportManifestErrors(IReadOnlyList<ManifestDiagnostic> diagnostics) => ConsoleReporter.Diagnostics(context.Out, diagnostics);

    public void Complete(ReleaseResult result)
    {
    }
}
