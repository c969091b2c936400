using System.CommandLine;
using System.Net.Sockets;
using Marketplace.Release.Failures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Cli.Commands;

/// <summary><c>sandbox</c>: serves the Marketplace emulator on 127.0.0.1 until stopped.</summary>
internal static class SandboxCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (default 8080; 0 picks a free one).", DefaultValueFactory = _ => 8080, HelpName = "N" };
        var seed = new Option<string?>("--seed") { Description = "A YAML seed file (apps, earlier versions, product versions, faults); default: the example app.", HelpName = "FILE" };
        var quiet = new Option<bool>("--quiet") { Description = "Do not log each request." };
        var latency = new Option<string?>("--latency") { Description = "Hold every API answer this long (e.g. 100ms), as a Marketplace far away would; default none.", HelpName = "DURATION" };
        var command = new Command("sandbox", "Serve the Marketplace emulator on 127.0.0.1 to rehearse releases offline (Ctrl+C stops it).") { port, seed, quiet, latency };
        command.SetAction(async (parse, cancellationToken) =>
        {
            SandboxSeed sandboxSeed;
            try
            {
                sandboxSeed = parse.GetValue(seed) is { } path ? SandboxSeed.Load(context.ResolvePath(path)) : SandboxSeed.Default;
            }
            catch (Exception exception) when (exception is IOException or SandboxSeedException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"error: the seed cannot be read: {exception.Message}");
                return ExitCodes.InvalidInput;
            }

            var heldFor = TimeSpan.Zero;
            if (parse.GetValue(latency) is { } latencyText)
            {
                try
                {
                    heldFor = SandboxOptions.ParseLatency(latencyText);
                }
                catch (FormatException exception)
                {
                    await context.Error.WriteLineAsync("error: " + ReleaseFailure.InvalidInput(exception.Message, "give --latency as a duration such as 100ms or 0.25s").Line);
                    return ExitCodes.InvalidInput;
                }
            }

            var log = parse.GetValue(quiet) ? null : new Action<string>(line => context.Out.WriteLine(line));
            var portNumber = parse.GetValue(port);
            SandboxServer server;
            try
            {
                server = await SandboxServer.StartAsync(new SandboxOptions { Port = portNumber, Seed = sandboxSeed, Log = log, Latency = heldFor }, cancellationToken);
            }
            catch (IOException bind)
            {
                // Kestrel reports a port it cannot bind as an IOException: the user's choice of port, not our defect.
                var cause = IsAddressInUse(bind) ? "the port is in use" : bind.Message;
                await context.Error.WriteLineAsync(
                    "error: " + ReleaseFailure.InvalidInput($"the sandbox cannot listen on 127.0.0.1 port {portNumber}: {cause}",
                        $"stop what uses port {portNumber}, or choose another with --port (--port 0 picks a free one)").Line);
                return ExitCodes.InvalidInput;
            }

            await using var running = server;
            var user = sandboxSeed.Users.FirstOrDefault();
            await context.Out.WriteLineAsync($"Marketplace sandbox on {server.BaseUrl}");
            if (user is not null)
            {
                await context.Out.WriteLineAsync($"  export MARKETPLACE_BASE_URL={server.BaseUrl} MARKETPLACE_USER={user.Email} MARKETPLACE_API_TOKEN={user.Token}");
            }

            await context.Out.WriteLineAsync($"  state: {server.BaseUrl}/__sandbox/state   faults: POST {server.BaseUrl}/__sandbox/faults   Ctrl+C stops it");
            await server.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static bool IsAddressInUse(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || cause.GetType().Name == "AddressInUseException")
            {
                return true;
            }
        }

        return false;
    }
}
