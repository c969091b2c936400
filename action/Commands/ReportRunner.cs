using System.Text;
using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Failures;
using Marketplace.Release.Insight;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Commands;

/// <summary>
/// <c>report</c> in the host's clothes: the session checks the manifest and the connection (nothing is sent when
/// they fail), the engine reads the Reporting API, and the Markdown goes to standard output, to <c>--output</c>, to
/// the GitHub step summary; <c>--json</c> gets the same figures as data. Every text is masked.
/// </summary>
internal static class ReportRunner
{
    public static async Task<int> RunAsync(CliContext context, ICiHost host, ReleaseRequest request, ReportFiles files, CancellationToken cancellationToken)
    {
        var session = ReleaseSession.Begin(context.Environment, request);
        host.Begin(session.Mask.Secrets);
        var preparation = session.Prepare();
        if (preparation.Diagnostics.Count > 0)
        {
            host.ReportManifestErrors(preparation.Diagnostics);
        }

        if (preparation is not { Plan: { } plan, Options: { } options })
        {
            var failure = preparation.Failure!;
            await context.Error.WriteLineAsync(session.Mask.Apply($"✖ report: {failure.Error}"));
            return failure.ExitCode;
        }

        var reporter = host.CreateReporter();
        await context.Out.WriteLineAsync(session.Mask.Apply($"Reporting on {plan.App.Key} ({Counted.Of(files.Weeks, "week")}) from {options.Connection.BaseUrl}"));
        var result = await ReleaseInsight.ReportAsync(plan, options, files.Weeks, reporter, cancellationToken);
        if (result.Failure is { } failed)
        {
            await context.Error.WriteLineAsync(session.Mask.Apply(StepLine.CommandFailed("report", failed)));
            if (StepLine.MarketplaceSaid(failed) is { } said)
            {
                await context.Error.WriteLineAsync(session.Mask.Apply(StepLine.Indented(said)));
            }

            return result.ExitCode;
        }

        var markdown = session.Mask.Apply(result.Markdown);
        await context.Out.WriteLineAsync(markdown);
        host.PublishReport(markdown);
        var problem = Write(request, files.Output, markdown) ?? Write(request, files.Json, session.Mask.Apply(result.Json!));
        if (problem is not null)
        {
            await context.Error.WriteLineAsync(session.Mask.Apply($"✖ {problem}"));
            return Failures.ExitCodes.InvalidInput;
        }

        return result.ExitCode;
    }

    private static string? Write(ReleaseRequest request, string? file, string text)
    {
        if (file is null)
        {
            return null;
        }

        var path = Path.GetFullPath(file, request.WorkingDirectory);
        try
        {
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, text, new UTF8Encoding(false));
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ReleaseFailure.InvalidInput($"could not write {path}: {exception.Message}", "give a writable path").Line;
        }
    }
}
