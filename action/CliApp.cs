using System.CommandLine;
using Marketplace.Release.Api;
using Marketplace.Release.Cli.Commands;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Failures;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli;

/// <summary>The command tree. Usage errors exit 2 (docs/marketplace-api.md § Exit codes), not System.CommandLine's default 1.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 && CiHostDetector.Detect(context).DefaultArguments() is { } defaults)
        {
            // Container actions and pipes start the image without arguments; which command that means is the host's call.
            args = defaults;
            context = context.WithStartedByHost();
        }

        var root = new RootCommand(
            "marketplace-release: publish Atlassian Marketplace app versions from a YAML release manifest.\n" +
            $"Environment: {ReleaseVariables.User} (account e-mail), {ReleaseVariables.ApiToken}, {ReleaseVariables.BaseUrl} " +
            $"(default {ReleaseDefaults.BaseUrl}).\n" +
            ExitCodeHelp.Line);
        root.Subcommands.Add(PublishCommand.Create(context, dryRunOnly: false));
        root.Subcommands.Add(PublishCommand.Create(context, dryRunOnly: true));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(SandboxCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));

        var parsed = root.Parse(args);
        // Our own handler prints one line instead of a stack trace.
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'marketplace-release --help' for the commands and options.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("cancelled: a re-run resumes where this one stopped");
            return ExitCodes.Internal;
        }
#pragma warning disable CA1031 // The last line of defence: one line and exit 1, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync("internal error: " + new ReleaseFailure(FailureKind.Internal, $"{exception.GetType().Name}: {exception.Message}", "re-run; if it persists, report this line", null).Line);
            return ExitCodes.Internal;
        }
    }
}
