using System.CommandLine;

namespace Marketplace.Release.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create(CliContext context) => new("demo", "Start a sandbox and publish the bundled example to it.");
}
