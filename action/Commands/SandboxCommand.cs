using System.CommandLine;

namespace Marketplace.Release.Cli.Commands;

internal static class SandboxCommand
{
    public static Command Create(CliContext context) => new("sandbox", "Serve the Marketplace emulator on 127.0.0.1.");
}
