using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;

namespace Marketplace.Release.Api;

/// <summary>
/// The Reporting API as a release reads it (README.md, "Release insight"): weekly installs per host version (the partner-metrics
/// query, a POST that changes nothing and so goes through the retried reads client and counts as no mutation), the
/// uninstall and disable feedback (all pages), and the host products' names. A malformed answer is a clear error.
/// </summary>
internal sealed partial class MarketplaceClient
{
    /// <summary>The partner-metrics query pages by weeks: at most 14 per page (OpenAPI: "Default- 7 and max- 14").</summary>
    private const int WeeksPerPage = 14;

    /// <summary>The most feedback a page holds (OpenAPI: "Max limit is 50").</summary>
    private const int FeedbackPerPage = 50;

    /// <summary>
    /// Every install record of <paramref name="appKey"/> from the week of <paramref name="start"/> to
    /// <paramref name="end"/> (which lies before today), weekly, by host product and version: one query per 14 weeks.
    /// </summary>
    public async Task<IReadOnlyList<InstallRecord>> InstallCountsAsync(string developerId, string appKey, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var body = new MetricQueryBody(
            [new(MetricAttributeName.AppKey), new(MetricAttributeName.ParentSoftware), new(MetricAttributeName.ParentSoftwareVersion)],
            new MetricSelection([new MetricField(MetricFieldName.InstallCount)]),
            new MetricDateRange(Date(start), Date(end)),
            MetricGranularity.Week,
            new MetricAttributeFilter(new MetricFilterExpression
            {
                AndGroup = [new MetricFilterExpression { Filter = new MetricFilter(MetricAttributeName.AppKey, new MetricOneFilter(new MetricStringFilter(MetricMatchType.Exact, appKey))) }],
            }));
        var json = JsonSerializer.Serialize(body, Json.MetricQueryBody);
        var weeks = (end.DayNumber - start.DayNumber) / 7 + 1;
        var records = new List<InstallRecord>();
        for (var offset = 0; offset < weeks; offset += WeeksPerPage)
        {
            var path = $"rest/3/partner-metrics/developer-space/{Escape(developerId)}?limit={WeeksPerPage}&offset={offset.ToString(CultureInfo.InvariantCulture)}";
            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            var what = Describe(HttpMethod.Post, path);
            using var response = await SendRawAsync(reads, request, what, cancellationToken);
            await ThrowIfFailedAsync(response, what, cancellationToken);
            var page = await ReadBodyAsync(response, Json.MetricTimeSeries, what, cancellationToken);
            if (page?.Records is not { } pageRecords)
            {
                throw Malformed(what, (int)response.StatusCode, "the answer has no 'records' list");
            }

            if (pageRecords.FirstOrDefault(record => !DateOnly.TryParseExact(record.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) || record.InstallCounts is null or < 0) is { } bad)
            {
                throw Malformed(what, (int)response.StatusCode, $"a record has no valid 'date' or 'installCounts' (date '{bad.Date}', installCounts {bad.InstallCounts?.ToString(CultureInfo.InvariantCulture) ?? "absent"})");
            }

            records.AddRange(pageRecords);
        }

        return records;
    }

    /// <summary>Every uninstall and disable feedback of the product since <paramref name="start"/>, following <c>_links.next</c>.</summary>
    public async Task<IReadOnlyList<FeedbackEntry>> FeedbackAsync(string developerId, string productId, DateOnly start, CancellationToken cancellationToken)
    {
        var first = $"rest/3/reporting/developer-space/{Escape(developerId)}/feedback/details?productId={Escape(productId)}&type=uninstall&type=disable&startDate={Date(start)}&offset=0&limit={FeedbackPerPage}";
        var all = new List<FeedbackEntry>();
        await foreach (var page in PagesAsync(first, Json.FeedbackPage, page => new PageLinks(null, page.Links?.Next?.Href), cancellationToken))
        {
            var what = Describe(HttpMethod.Get, first);
            if (page.Feedback is not { } feedback)
            {
                throw Malformed(what, 200, "the answer has no 'feedback' list");
            }

            if (feedback.FirstOrDefault(entry => entry.AddonVersion is not { Length: > 0 } || !DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) is { } bad)
            {
                throw Malformed(what, 200, $"a feedback has no valid 'addonVersion' or 'date' (addonVersion '{bad.AddonVersion}', date '{bad.Date}')");
            }

            all.AddRange(feedback);
        }

        return all;
    }

    /// <summary>Every host product (<c>GET /rest/3/parent-software</c>, all pages): ids and display names.</summary>
    public async Task<IReadOnlyList<ParentSoftware>> ListParentSoftwareAsync(CancellationToken cancellationToken) =>
        await AllPagesAsync("rest/3/parent-software?limit=50", Json.ParentSoftwarePage, page => page.Links, page => page.ParentSoftware, cancellationToken) ?? [];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static MarketplaceApiException Malformed(string what, int status, string problem) =>
        new(what, status, new ApiError(null, [$"the response is not the answer expected: {problem}"], string.Empty), FailureKind.Internal);
}
