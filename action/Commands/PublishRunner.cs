using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Commands;

/// <summary>
/// A release session in the host's clothes: the host registers the secrets, reports the manifest's problems, shows
/// the progress and publishes the outputs; the session decides everything else. Everything a run prints goes to
/// standard output, one ordered stream, each failure once.
/// </summary>
internal static class PublishRunner
{
    public static async Task<int> RunAsync(CliContext context, ICiHost host, ReleaseRequest request, CancellationToken cancellationToken)
    {
        var session = ReleaseSession.Begin(context.Environment, request);
        host.Begin(session.Mask.Secrets);
        var preparation = session.Prepare();
        if (preparation.Diagnostics.Count > 0)
        {
            host.ReportManifestErrors(preparation.Diagnostics);
        }

        var reporter = host.CreateReporter();
        if (preparation.OpeningLine is { } opening)
        {
            await context.Out.WriteLineAsync(opening);
        }

        var result = await session.RunAsync(preparation, reporter, cancellationToken);
        var closing = session.Complete(result, reporter);
        host.Complete(result);
        await context.Out.WriteLineAsync(closing);
        return result.ExitCode;
    }
}
