using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Cli.Commands;

/// <summary>
/// Turns a front end's request into an engine run and the engine's result into exit code, result file and the
/// host's outputs. Checks everything it can before the first request, so bad input sends nothing.
/// </summary>
internal static class PublishRunner
{
    public static async Task<int> RunAsync(CliContext context, ICiHost host, HostInputs inputs, PublishRequest request, CancellationToken cancellationToken)
    {
        host.Begin(HostSecrets.From(inputs.Environment));
        var workingDirectory = inputs.WorkingDirectory ?? context.WorkingDirectory;
        var manifestPath = Path.GetFullPath(request.ManifestPath, workingDirectory);
        var resultFile = request.ResultFile is { } file ? Path.GetFullPath(file, workingDirectory) : null;
        if (inputs.Problem is { } inputProblem)
        {
            return Finish(context, host, resultFile, Failed(ExitCodes.InvalidInput, inputProblem));
        }

        var timeout = TimeSpan.FromMinutes(15);
        if (request.Timeout is { } timeoutText && !DurationParser.TryParse(timeoutText, out timeout))
        {
            return Finish(context, host, resultFile, Failed(ExitCodes.InvalidInput,
                $"--timeout '{timeoutText}' is not a duration. Fix: write e.g. 90s, 10m or 1h"));
        }

        ReleasePlan plan;
        try
        {
            plan = ManifestLoader.Load(manifestPath, inputs.Environment);
        }
        catch (ManifestException invalid)
        {
            host.ReportManifestErrors(invalid.Diagnostics);
            return Finish(context, host, resultFile, Failed(ExitCodes.InvalidInput,
                $"{invalid.Diagnostics.Count} problem(s) in {Path.GetFileName(manifestPath)}; nothing was sent. Fix: correct the lines above ('marketplace-release validate' checks offline)"));
        }

        var connection = ConnectionSettings.Read(inputs.Environment, request.BaseUrl, out var problem);
        if (connection is null)
        {
            return Finish(context, host, resultFile, Failed(ExitCodes.InvalidInput, problem!, plan));
        }

        var gitHub = GitHubSettings.Read(inputs.Environment, plan, out problem);
        if (problem is not null)
        {
            return Finish(context, host, resultFile, Failed(ExitCodes.InvalidInput, problem, plan));
        }

        var options = context.AdjustReleaseOptions(new ReleaseOptions
        {
            Connection = connection,
            GitHub = gitHub,
            DryRun = request.DryRun,
            NoWait = request.NoWait,
            WaitTimeout = timeout,
            TimeProvider = context.Time,
            Debug = request.Debug,
        });
        context.Out.WriteLine($"{(request.DryRun ? "Planning" : "Publishing")} {plan.App.Key} {plan.Version.Number} (build {plan.Version.BuildNumber}, {plan.App.Hosting}) to {connection.BaseUrl}");
        var result = await ReleaseEngine.PublishAsync(plan, options, host.CreateReporter(), cancellationToken);
        return Finish(context, host, resultFile, result);
    }

    private static int Finish(CliContext context, ICiHost host, string? resultFile, ReleaseResult result)
    {
        if (result.Status == ReleaseStatus.Failed && result.Steps.Count == 0)
        {
            // Failures before the pipeline started have not been printed yet.
            context.Error.WriteLine($"error: {result.Error}");
        }

        if (resultFile is not null)
        {
            try
            {
                var folder = Path.GetDirectoryName(resultFile);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllText(resultFile, ReleaseResultJson.Serialize(result));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"warning: could not write the result file {resultFile}: {exception.Message}");
            }
        }

        host.Complete(result);
        context.Out.WriteLine(ReleaseSummary.Line(result));
        return result.ExitCode;
    }


    private static ReleaseResult Failed(int exitCode, string error, ReleasePlan? plan = null) => new()
    {
        Status = ReleaseStatus.Failed,
        ExitCode = exitCode,
        AppKey = plan?.App.Key,
        Hosting = plan?.App.Hosting,
        BuildNumber = plan?.Version.BuildNumber,
        VersionNumber = plan?.Version.Number,
        Error = error,
    };
}
