using System.Globalization;
using System.Text;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>The Markdown a run appends to <c>$GITHUB_STEP_SUMMARY</c>: outcome, version, steps with their times, links.</summary>
internal static class GitHubStepSummary
{
    public static string Build(ReleaseResult result)
    {
        var text = new StringBuilder();
        var title = result.Status switch
        {
            ReleaseStatus.Published => "✔ Marketplace release: published",
            ReleaseStatus.Updated => "✔ Marketplace release: updated in place",
            ReleaseStatus.Staged => "✔ Marketplace release: staged as a private listing",
            ReleaseStatus.Unchanged => "✔ Marketplace release: nothing to do",
            ReleaseStatus.Planned => "✔ Marketplace release: plan",
            _ => $"✖ Marketplace release failed (exit {result.ExitCode})",
        };
        text.Append("### ").Append(title).Append("\n\n");

        if (result.Targets is { } targets)
        {
            AppendTargets(text, result, targets);
        }
        else if (result.AppKey is not null)
        {
            text.Append("| App | Version | Build | Hosting | Listing | Approval |\n|---|---|---|---|---|---|\n")
                .Append(CultureInfo.InvariantCulture, $"| `{Cell(result.AppKey)}` | {Cell(result.VersionNumber)} | {Cell(result.BuildNumber?.ToString(CultureInfo.InvariantCulture))} | ")
                .Append(CultureInfo.InvariantCulture, $"{Cell(result.Hosting)} | {Cell(result.ListingState)} | {Cell(result.ApprovalStatus)} |\n\n");
        }

        if (result.Error is not null)
        {
            text.Append("> ").Append(Inline(result.Error)).Append('\n');
            if (StepLine.MarketplaceSaid(result.MarketplaceError) is { } said)
            {
                text.Append(">\n> ").Append(Inline(said)).Append('\n');
            }

            text.Append('\n');
        }

        if (result.Targets is null)
        {
            AppendSteps(text, result.Steps);
        }

        if (result.Status is ReleaseStatus.Planned or ReleaseStatus.Updated && result.Changes.Count > 0)
        {
            text.Append(result.Status == ReleaseStatus.Planned ? "Publish would:\n\n" : "Changed:\n\n");
            foreach (var change in result.Changes)
            {
                text.Append("- ").Append(Inline(change)).Append('\n');
            }

            text.Append('\n');
        }

        var links = new List<string>();
        if (result.VersionUrl is { } url)
        {
            links.Add($"[Version on the Marketplace]({url})");
        }

        if (result.AppSoftwareId is { } id)
        {
            links.Add($"app software `{Cell(id)}`");
        }

        if (result.ArtifactId is { } artifact)
        {
            links.Add($"artifact `{Cell(artifact)}`");
        }

        if (links.Count > 0 && result.Targets is null)
        {
            text.Append(string.Join(" · ", links)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>With targets: one row per target, then each target's steps under its own heading.</summary>
    private static void AppendTargets(StringBuilder text, ReleaseResult result, IReadOnlyList<TargetResult> targets)
    {
        text.Append("| Target | App | Version | Build | Hosting | Status | Listing | Approval |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var target in targets)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(target.Name)} | `{Cell(result.AppKey)}` | {Cell(target.VersionNumber)} | {Cell(target.BuildNumber?.ToString(CultureInfo.InvariantCulture))} | ")
                .Append(CultureInfo.InvariantCulture, $"{Cell(target.Hosting)} | {Cell(ReleaseResultJson.Word(target.Status))} | {Cell(target.ListingState)} | {Cell(target.ApprovalStatus)} |\n");
        }

        text.Append('\n');
        foreach (var target in targets)
        {
            text.Append("#### Target ").Append(Inline(target.Name)).Append("\n\n");
            AppendSteps(text, target.Steps);
            if (target.VersionUrl is { } url)
            {
                text.Append(CultureInfo.InvariantCulture, $"[Version on the Marketplace]({url})\n\n");
            }
        }
    }

    private static void AppendSteps(StringBuilder text, IReadOnlyList<StepRecord> steps)
    {
        if (steps.Count == 0)
        {
            return;
        }

        text.Append("| Step | Outcome | ms | Detail |\n|---|---|--:|---|\n");
        foreach (var step in steps)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(step.Name)} | {Cell(StepLine.Ending(step.Outcome))} | {step.Ms} | {Cell(step.Detail)} |\n");
        }

        text.Append('\n');
    }

    /// <summary>A table cell: a pipe would split the cell and a newline would end the table.</summary>
    private static string Cell(string? value) =>
        value is null ? "–" : Inline(value).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Inline(string value) =>
        value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
}
