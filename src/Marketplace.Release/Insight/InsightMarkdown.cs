using System.Globalization;
using System.Text;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Insight;

/// <summary>The report as Markdown: a table per section, each with a bar column as its chart.</summary>
internal static class InsightMarkdown
{
    public static string Render(InsightReport report, decimal? gate)
    {
        var text = new StringBuilder();
        text.Append("## Release insight: ").Append(report.AppKey).AppendLine().AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Weeks {Day(report.From)} to {Day(report.To)} ({Counted.Of(report.Weeks, "week")}).").AppendLine().AppendLine();
        InstallBase(text, report, gate);
        Trend(text, report);
        Health(text, report.Health);
        if (report.Notes.Count > 0)
        {
            text.AppendLine("### Notes").AppendLine();
            foreach (var note in report.Notes)
            {
                text.Append("- ").AppendLine(note);
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static void InstallBase(StringBuilder text, InsightReport report, decimal? gate)
    {
        text.Append("### Install base");
        if (report.NewestWeek is { } week)
        {
            text.Append(" (week of ").Append(Day(week)).Append(')');
        }

        text.AppendLine().AppendLine();
        if (report.InstallBase.Count == 0)
        {
            text.AppendLine("No install data for these weeks.").AppendLine();
            return;
        }

        foreach (var product in report.InstallBase)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{product.Name}**: ");
            text.Append(product.Supported
                ? string.Create(CultureInfo.InvariantCulture, $"this release's compatibility covers {Number(product.CoveredInstalls)} of {Number(product.Installs)} active installs (**{product.CoveredPercent:0.0} %**)")
                : $"{Number(product.Installs)} active installs; this release does not support {product.Name}");
            if (product.Supported && gate is { } threshold)
            {
                text.Append(CultureInfo.InvariantCulture, $"; gate installCoverage {threshold:0.##} %: {(product.CoveredPercent >= threshold ? "met" : "not met")}");
            }

            text.AppendLine(".");
            if (product.LargestExcluded.Count > 0)
            {
                text.Append("Largest excluded: ").AppendJoin(", ", product.LargestExcluded.Select(version => $"{product.Name} {version.Version} ({Number(version.Installs)})")).AppendLine(".");
            }

            text.AppendLine();
            var max = product.Versions.Max(version => version.Installs);
            text.Append("| ").Append(product.Name).AppendLine(" version | Installs | Covered | |").AppendLine("|---|--:|:-:|---|");
            foreach (var version in product.Versions.OrderByDescending(version => version.Version, HostVersionOrder.Instance))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {version.Version} | {Number(version.Installs)} | {(version.Covered ? "✓" : "✗")} | {UnicodeBar.Of(version.Installs, max)} |").AppendLine();
            }

            text.AppendLine();
        }
    }

    private static void Trend(StringBuilder text, InsightReport report)
    {
        text.Append(CultureInfo.InvariantCulture, $"### Trend ({Counted.Of(report.Weeks, "week")})").AppendLine().AppendLine();
        var max = report.Trend.Count == 0 ? 0 : report.Trend.Max(week => week.Installs);
        text.AppendLine("| Week | Installs | |").AppendLine("|---|--:|---|");
        foreach (var week in report.Trend)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Day(week.Week)} | {Number(week.Installs)} | {UnicodeBar.Of(week.Installs, max)} |").AppendLine();
        }

        text.AppendLine();
    }

    private static void Health(StringBuilder text, ReleaseHealth health)
    {
        text.AppendLine("### Release health").AppendLine();
        if (health.Newest is { } newest)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{newest.Version}** (released {Day(newest.Released)}): {newest.Count} uninstall/disable feedback in {Counted.Of(newest.Days, "day")}");
            text.Append(newest.PreviousVersion is { } previous
                ? string.Create(CultureInfo.InvariantCulture, $"; {previous} had {newest.PreviousCount} in the {Counted.Of(newest.Days, "day")} before that release.")
                : "; no earlier version to compare with.");
            text.AppendLine().AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"{health.Total} uninstall/disable feedback in these weeks.").AppendLine().AppendLine();
        Counts(text, "App version", health.ByVersion);
        Counts(text, "Reason", health.ByReason);
    }

    private static void Counts(StringBuilder text, string title, IReadOnlyList<FeedbackCount> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        var max = counts.Max(count => count.Count);
        text.Append("| ").Append(title).AppendLine(" | Feedback | |").AppendLine("|---|--:|---|");
        foreach (var count in counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {count.Name} | {count.Count} | {UnicodeBar.Of(count.Count, max)} |").AppendLine();
        }

        text.AppendLine();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
