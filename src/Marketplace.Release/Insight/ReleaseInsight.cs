using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Products;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Insight;

/// <summary>
/// <c>marketplace-release report</c> (README.md, "Release insight"): reads the Reporting API and the app's versions, never writes.
/// Never throws for a failed read: the result carries the failure and its exit code, like a release result.
/// </summary>
public static class ReleaseInsight
{
    public const int DefaultWeeks = 12;
    public const int MaxWeeks = 104;


    public static async Task<InsightResult> ReportAsync(ReleasePlan plan, ReleaseOptions options, int weeks, IReleaseReporter reporter, CancellationToken cancellationToken = default)
    {
        if (plan.DeveloperId is not { } developerId)
        {
            return Failed(new ReleaseFailure(FailureKind.InvalidInput,
                "report needs the app's developer space, and no developer id is given; nothing was sent",
                "set app.developerId in the manifest, or MARKETPLACE_DEVELOPER_ID (the id in the URL of your developer space)", null));
        }

        using var client = new MarketplaceClient(options.Connection, options.Client, options.TimeProvider, options.Debug ? reporter.Debug : null);
        try
        {
            var report = await ReadAsync(plan, client, developerId, Math.Clamp(weeks, 1, MaxWeeks), options.TimeProvider, cancellationToken);
            foreach (var note in report.Notes)
            {
                reporter.Info(note);
            }

            return new InsightResult { ExitCode = ExitCodes.Success, Report = report, Markdown = InsightMarkdown.Render(report, plan.Gates?.InstallCoverage) };
        }
        catch (Exception exception) when (exception is MarketplaceApiException or ReleaseFailedException)
        {
            return Failed(FailureMapper.From(exception, "report", plan.App.Key, null, options.SettingNames));
        }
    }

    private static InsightResult Failed(ReleaseFailure failure) => new() { ExitCode = failure.ExitCode, Failure = failure };

    private static async Task<InsightReport> ReadAsync(ReleasePlan plan, MarketplaceClient client, string developerId, int weeks, TimeProvider time, CancellationToken cancellationToken)
    {
        var products = new ProductVersions(client);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var notes = new List<string>();
        var snapshot = await InstallBaseReader.ReadAsync(client, developerId, plan.App.Key, today, weeks, cancellationToken);
        IReadOnlyList<ProductCoverage> coverage = [];
        if (snapshot.NewestWeekInstalls.Count == 0)
        {
            notes.Add($"No install data for {plan.App.Key} in {(weeks == 1 ? "this" : "these")} {Counted.Of(weeks, "week")} (a new app, or one not installed yet): the install base and trend are empty.");
        }
        else
        {
            var compatibility = await CompatibilityRanges.ResolveAsync(plan.Version.Compatibility, products, cancellationToken);
            var buildOf = await InstallBaseReader.BuildLookupAsync(products, snapshot.NewestWeekInstalls, cancellationToken);
            coverage = InstallCoverage.Compute(snapshot.NewestWeekInstalls, compatibility, buildOf);
        }

        var listing = await client.FindDeveloperListingAsync(developerId, plan.App.Key, cancellationToken);
        if (listing?.ProductId is not { } productId)
        {
            throw new ReleaseFailedException(FailureKind.Refused,
                $"developer space {developerId} lists no app with the key '{plan.App.Key}' (private apps included)",
                "set app.developerId (or MARKETPLACE_DEVELOPER_ID) to the developer space that owns the app");
        }

        var released = await ReleasedVersionsAsync(plan, client, cancellationToken);
        var windowStart = HealthCalculator.WindowStart(released, today);
        var feedback = await client.FeedbackAsync(developerId, productId, windowStart < snapshot.From ? windowStart : snapshot.From, cancellationToken);
        var health = HealthCalculator.Compute(feedback, released, snapshot.From, today);
        if (health.Total == 0)
        {
            notes.Add($"No uninstall or disable feedback for {plan.App.Key} in {(weeks == 1 ? "this" : "these")} {Counted.Of(weeks, "week")}.");
        }

        return new InsightReport
        {
            AppKey = plan.App.Key,
            Weeks = weeks,
            From = snapshot.From,
            To = snapshot.To,
            NewestWeek = snapshot.NewestWeek,
            InstallBase = coverage,
            Trend = snapshot.Trend,
            Health = health,
            Notes = notes,
        };
    }

    /// <summary>The app's released versions on its hosting with their creation dates; none when the app software is unknown.</summary>
    private static async Task<IReadOnlyList<ReleasedVersion>> ReleasedVersionsAsync(ReleasePlan plan, MarketplaceClient client, CancellationToken cancellationToken)
    {
        var software = await client.GetAppSoftwareAsync(plan.App.Key, plan.App.Hosting, cancellationToken);
        var match = software?.FirstOrDefault(s => s.Hosting == plan.App.Hosting);
        if (match?.AppSoftwareId is not { } appSoftwareId)
        {
            return [];
        }

        return (await client.ListVersionsAsync(appSoftwareId, cancellationToken))
            .Where(version => version.VersionNumber is not null && version.State is VersionState.Active or VersionState.Approved or VersionState.AutoApproved)
            .Select(version => DateTimeOffset.TryParse(version.CreatedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var created)
                ? new ReleasedVersion(version.VersionNumber!, DateOnly.FromDateTime(created.UtcDateTime))
                : null)
            .OfType<ReleasedVersion>()
            .ToList();
    }
}
