using Cake.Core;
using Cake.Core.IO;
using Marketplace.Release.Failures;
using Path = System.IO.Path;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;

namespace Cake.Marketplace;

/// <summary>
/// What every alias does: load the manifest, check the settings, run the engine up to a stage, log the outcome and
/// throw on failure. The release logic itself is the engine's; this only adapts Cake's context to it.
/// </summary>
internal static class MarketplaceRunner
{
    public static ReleasePlan Validate(ICakeContext context, FilePath manifest, MarketplaceSettings settings)
    {
        var environment = new CakeEnvironmentReader(context.Environment);
        var reporter = new CakeReleaseReporter(context.Log, new SecretMask([SettingsResolver.Token(settings, environment)]));
        var plan = Load(context, manifest, settings, environment, reporter);
        reporter.Information($"✔ {Path.GetFileName(plan.ManifestPath)} is valid: {plan.App.Key} {plan.Version.Number} (build {plan.Version.BuildNumber}, {plan.App.Hosting}), listing {(plan.Listing.Public ? "public" : "private")}");
        return plan;
    }

    public static ReleaseResult Run(ICakeContext context, FilePath manifest, MarketplaceSettings settings, ReleaseStage stopAfter, bool dryRun)
    {
        var environment = new CakeEnvironmentReader(context.Environment);
        var reporter = new CakeReleaseReporter(context.Log, new SecretMask([SettingsResolver.Token(settings, environment)]));
        var plan = Load(context, manifest, settings, environment, reporter);
        var connection = SettingsResolver.Connection(settings, environment);
        var gitHub = GitHubSettings.Read(environment, plan, out var gitHubProblem);
        if (gitHubProblem is not null)
        {
            throw new MarketplaceReleaseException(ExitCodes.InvalidInput, reporter.Mask(gitHubProblem));
        }

        var options = SettingsResolver.Options(settings, connection, dryRun) with { GitHub = gitHub };

        var what = stopAfter == ReleaseStage.Verify ? "" : $" up to {stopAfter}";
        reporter.Information($"{(options.DryRun ? "Planning" : "Publishing")} {plan.App.Key} {plan.Version.Number} (build {plan.Version.BuildNumber}, {plan.App.Hosting}){what} to {connection.BaseUrl}");
        var result = ReleaseEngine.PublishAsync(plan, options, reporter, stopAfter).GetAwaiter().GetResult();

        if (settings.ResultFile is { } resultFile)
        {
            WriteResult(context, resultFile, result, reporter);
        }

        if (result.ExitCode != ExitCodes.Success)
        {
            reporter.Error(Summary(result));
            throw new MarketplaceReleaseException(result with { Error = reporter.Mask(result.Error), MarketplaceError = reporter.Mask(result.MarketplaceError) });
        }

        reporter.Information(Summary(result));
        return result;
    }

    private static ReleasePlan Load(ICakeContext context, FilePath manifest, MarketplaceSettings settings, CakeEnvironmentReader environment, CakeReleaseReporter reporter)
    {
        var path = manifest.MakeAbsolute(context.Environment).FullPath;
        try
        {
            return ManifestLoader.Load(path, environment, settings.WorkspaceRoot?.MakeAbsolute(context.Environment).FullPath);
        }
        catch (ManifestException invalid)
        {
            foreach (var diagnostic in invalid.Diagnostics)
            {
                reporter.Error(diagnostic.ToString());
            }

            var first = invalid.Diagnostics[0];
            // Masked too: a manifest may interpolate ${MARKETPLACE_API_TOKEN} somewhere a diagnostic quotes.
            throw new MarketplaceReleaseException(ExitCodes.InvalidInput, reporter.Mask(
                $"{invalid.Diagnostics.Count} problem(s) in {Path.GetFileName(path)}, the first: {first}; nothing was sent. Fix: correct the manifest (MarketplaceValidate checks offline)"));
        }
    }

    private static void WriteResult(ICakeContext context, FilePath resultFile, ReleaseResult result, CakeReleaseReporter reporter)
    {
        var path = resultFile.MakeAbsolute(context.Environment).FullPath;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ReleaseResultJson.Serialize(result));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reporter.Warning($"could not write the result file {path}: {exception.Message}");
        }
    }

    private static string Summary(ReleaseResult result) => ReleaseSummary.Line(result);
}
