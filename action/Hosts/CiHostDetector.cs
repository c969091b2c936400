namespace Marketplace.Release.Cli.Hosts;

/// <summary>Picks the host from the environment the CLI finds itself in.</summary>
internal static class CiHostDetector
{
    public static ICiHost Detect(CliContext context) => new ConsoleHost(context);
}
