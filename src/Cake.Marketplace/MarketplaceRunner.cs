using Cake.Core;
using Cake.Core.IO;
using Marketplace.Release.Failures;
using Path = System.IO.Path;
using Marketplace.Release.GitHub;
using Marketplace.Release.Api;
using Marketplace.Release.Insight;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Running;

namespace Cake.Marketplace;

/// <summary>
/// A release session in Cake's clothes: the settings become the session's request, the log masks the session's
/// secrets, a failure becomes <see cref="MarketplaceReleaseException"/>. The release logic is the engine's.
/// </summary>
internal static class MarketplaceRunner
{
    public static ReleasePlan Validate(ICakeContext context, FilePath manifest, MarketplaceSettings settings)
    {
        var (session, reporter) = Begin(context, manifest, settings, ReleaseStage.Verify, dryRun: false);
        var check = session.CheckManifest();
        if (check.Plan is not { } plan)
        {
            throw InvalidManifest(session, check.Diagnostics, reporter);
        }

        reporter.Information(ReleaseSession.ValidLine(plan));
        return plan;
    }

    public static ReleaseResult Run(ICakeContext context, FilePath manifest, MarketplaceSettings settings, ReleaseStage stopAfter, bool dryRun)
    {
        var (session, reporter) = Begin(context, manifest, settings, stopAfter, dryRun);
        var preparation = session.Prepare();
        if (preparation.OpeningLine is { } opening)
        {
            reporter.Information(opening);
        }

        var result = session.RunAsync(preparation, reporter).GetAwaiter().GetResult();
        var closing = session.Complete(result, reporter);
        if (!SessionResults.IsFailure(result))
        {
            reporter.Information(closing);
            return result;
        }

        // The exception is the failure's one statement: Cake prints it, a script may catch it.
        if (preparation.Diagnostics.Count > 0)
        {
            throw InvalidManifest(session, preparation.Diagnostics, reporter);
        }

        throw preparation.Failure is { } early
            ? new MarketplaceReleaseException(early.ExitCode, reporter.Mask(early.Error ?? closing))
            : new MarketplaceReleaseException(result with { Error = reporter.Mask(result.Error), MarketplaceError = reporter.Mask(result.MarketplaceError) });
    }

    /// <summary>The read-only insight report; its Markdown goes to the log, a failure becomes the exception.</summary>
    public static InsightReport Report(ICakeContext context, FilePath manifest, MarketplaceSettings settings, int weeks)
    {
        if (weeks is < 1 or > ReleaseInsight.MaxWeeks)
        {
            throw new MarketplaceReleaseException(ExitCodes.InvalidInput, $"weeks is a whole number from 1 to {ReleaseInsight.MaxWeeks}, not {weeks}; nothing was sent");
        }

        var (session, reporter) = Begin(context, manifest, settings, ReleaseStage.Verify, dryRun: true);
        var preparation = session.Prepare();
        if (preparation is not { Plan: { } plan, Options: { } options })
        {
            if (preparation.Diagnostics.Count > 0)
            {
                throw InvalidManifest(session, preparation.Diagnostics, reporter);
            }

            var early = preparation.Failure!;
            throw new MarketplaceReleaseException(early.ExitCode, reporter.Mask(early.Error ?? "the report could not start"));
        }

        var result = ReleaseInsight.ReportAsync(plan, options, weeks, reporter).GetAwaiter().GetResult();
        if (result.Failure is { } failure)
        {
            throw new MarketplaceReleaseException(result.ExitCode, reporter.Mask(failure.Line));
        }

        reporter.Information(result.Markdown);
        return result.Report!;
    }

    /// <summary>The settings as the session's request: every setting given overrides its environment variable.</summary>
    internal static ReleaseRequest Request(ICakeContext context, FilePath manifest, MarketplaceSettings settings, ReleaseStage stopAfter, bool dryRun) => new()
    {
        WorkingDirectory = context.Environment.WorkingDirectory.FullPath,
        ManifestPath = manifest.MakeAbsolute(context.Environment).FullPath,
        WorkspaceRoot = settings.WorkspaceRoot?.MakeAbsolute(context.Environment).FullPath,
        ResultFile = settings.ResultFile?.MakeAbsolute(context.Environment).FullPath,
        BaseUrl = Setting(settings.BaseUrl, nameof(settings.BaseUrl)),
        User = Setting(settings.User, nameof(settings.User)),
        ApiToken = Setting(settings.ApiToken, nameof(settings.ApiToken)),
        WaitTimeout = Setting(settings.WaitTimeout, nameof(settings.WaitTimeout)),
        WaitForApproval = Setting(settings.WaitForApproval, nameof(settings.WaitForApproval)),
        RequestTimeout = Setting(settings.RequestTimeout, nameof(settings.RequestTimeout)),
        AttemptTimeout = Setting(settings.AttemptTimeout, nameof(settings.AttemptTimeout)),
        UploadTimeout = Setting(settings.UploadTimeout, nameof(settings.UploadTimeout)),
        MaxRetries = Setting(settings.MaxRetries, nameof(settings.MaxRetries)),
        DryRun = dryRun || settings.DryRun,
        NoWait = settings.NoWait,
        DetailedExitCode = settings.DetailedExitCode,
        Targets = [.. settings.Targets],
        StopAfter = stopAfter,
        SettingNames = CakeSettingNames.Instance,
        CheckoutFolders = CheckoutFolders(context),
    };

    /// <summary>
    /// Where a CI checked the repository out (GitHub's workspace, Bitbucket's clone directory), when Cake runs in one:
    /// the first that holds the manifest is the workspace, unless <see cref="MarketplaceSettings.WorkspaceRoot"/> says.
    /// </summary>
    private static IReadOnlyList<string> CheckoutFolders(ICakeContext context) =>
        [.. new[] { "GITHUB_WORKSPACE", "BITBUCKET_CLONE_DIR" }
            .Select(context.Environment.GetEnvironmentVariable)
            .Where(folder => !string.IsNullOrWhiteSpace(folder))
            .Select(folder => folder.Trim())];

    private static (ReleaseSession Session, CakeReleaseReporter Reporter) Begin(ICakeContext context, FilePath manifest, MarketplaceSettings settings, ReleaseStage stopAfter, bool dryRun)
    {
        var session = ReleaseSession.Begin(new CakeEnvironmentReader(context.Environment), Request(context, manifest, settings, stopAfter, dryRun));
        return (session, new CakeReleaseReporter(context.Log, session.Mask));
    }

    private static MarketplaceReleaseException InvalidManifest(ReleaseSession session, IReadOnlyList<ManifestDiagnostic> diagnostics, CakeReleaseReporter reporter)
    {
        foreach (var diagnostic in diagnostics)
        {
            reporter.Error(diagnostic.ToString());
        }

        // An exception stands alone in a build log, so it names the first problem itself.
        return new MarketplaceReleaseException(ExitCodes.InvalidInput, reporter.Mask(ReleaseFailure.InvalidInput(
            $"{session.Problems(diagnostics.Count)}, the first: {diagnostics[0]}; nothing was sent", "correct the manifest (MarketplaceValidate checks offline)").Line));
    }

    private static Given<string>? Setting(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? null : new(value.Trim(), $"MarketplaceSettings.{name}");

    private static Given<T>? Setting<T>(T? value, string name)
        where T : struct => value is { } given ? new(given, $"MarketplaceSettings.{name}") : null;
}
