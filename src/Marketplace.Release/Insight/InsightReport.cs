namespace Marketplace.Release.Insight;

/// <summary>
/// The figures of <c>marketplace-release report</c> (README.md, "Release insight"): the install base of the newest week with the
/// share the manifest's compatibility covers per host product, the weekly trend, and the release health. The same
/// record is the <c>--json</c> file, the Markdown report's source and the Cake alias's result.
/// </summary>
public sealed record InsightReport
{
    public required string AppKey { get; init; }

    /// <summary>The weeks the report covers (<c>--weeks</c>, default 12).</summary>
    public required int Weeks { get; init; }

    /// <summary>The Monday of the first week and the last day of the newest full week reported.</summary>
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>The newest week holding install data (its Monday); null when there is none (a new app).</summary>
    public DateOnly? NewestWeek { get; init; }

    /// <summary>Per host product of the newest week: installs per host version and the covered share.</summary>
    public required IReadOnlyList<ProductCoverage> InstallBase { get; init; }

    /// <summary>Total active installs per week, oldest first, one entry per week of the range.</summary>
    public required IReadOnlyList<WeeklyInstalls> Trend { get; init; }

    public required ReleaseHealth Health { get; init; }

    /// <summary>What the report could not show and why (no install data, no feedback), as sentences.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
