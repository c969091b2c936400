using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// <c>POST /rest/3/partner-metrics/developer-space/{developerId}?limit=&amp;offset=</c> (OpenAPI "Fetch metric time
/// series"): a query that changes nothing. Pagination is by granularity: <c>limit</c> weeks (default 7, at most 14) from
/// the <c>offset</c>-th week of the date range on. Each record is <c>{date, appKey, productId, installCounts}</c> plus
/// <c>parentSoftware</c> (the product's name, e.g. "Jira") and <c>parentSoftwareVersion</c> when those attributes are
/// requested, as the reference's examples show them. Errors: 400 <c>{"errors": [{message, code}]}</c> (JsonErrorsDoc),
/// 403 without a body for an account without the reporting permission, 404 for a developer space the sandbox does not know.
/// [ours] Without a date range the weeks holding data are reported; weeks are dated by their Monday.
/// </summary>
internal static class PartnerMetricsEndpoints
{
    private const int DefaultLimit = 7;
    private const int MaxLimit = 14;

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox) =>
        routes.MapPost("/rest/3/partner-metrics/developer-space/{developerId}", HandleAsync(sandbox));

    private static RequestDelegate HandleAsync(SandboxContext sandbox) => async context =>
    {
        try
        {
            await QueryAsync(context, sandbox);
        }
        catch (ApiProblem problem) when (problem.Status == 400)
        {
            await JsonResponses.WriteErrorAsync(context, problem, ErrorStatusStyle.JsonErrors);
        }
        catch (ApiProblem problem)
        {
            await JsonResponses.WriteErrorAsync(context, problem, ErrorStatusStyle.String);
        }
        catch (System.Text.Json.JsonException exception)
        {
            await JsonResponses.WriteErrorAsync(context, new ApiProblem(400, "VALIDATION_ERROR", $"Malformed JSON: {exception.Message}"), ErrorStatusStyle.JsonErrors);
        }
    };

    private static async Task QueryAsync(HttpContext context, SandboxContext sandbox)
    {
        var limit = QueryInteger(context, "limit", DefaultLimit, 1, MaxLimit);
        var offset = QueryInteger(context, "offset", 0, 0, int.MaxValue);
        var body = await JsonRead.ObjectBodyAsync(context, message => MetricFilter.Invalid("body", message));
        var store = sandbox.Store;
        var developerId = EndpointKit.Route(context, "developerId");
        JsonArray records;
        lock (store.Gate)
        {
            RequireReporting(context, store, developerId, unknownSpace: () => ApiProblem.NotFound("Developer space not found"));
            var query = MetricQuery.Parse(body, DateOnly.FromDateTime(store.Now.UtcDateTime));
            var installs = store.Reporting.Installs.Where(entry => string.Equals(entry.DeveloperId, developerId, StringComparison.OrdinalIgnoreCase)).ToList();
            var weeks = Weeks(query, installs).Skip(offset).Take(limit).ToHashSet();
            records = new JsonArray(installs
                .Where(entry => weeks.Contains(entry.Week) && query.Filter(field => AttributeOf(entry, field)))
                .GroupBy(entry => (entry.Week, entry.AppKey, entry.ProductId,
                    Product: query.Attributes.Contains("PARENT_SOFTWARE") ? entry.ParentSoftwareId : null,
                    Version: query.Attributes.Contains("PARENT_SOFTWARE_VERSION") ? entry.Version : null))
                .OrderBy(group => group.Key.Week).ThenBy(group => group.Key.AppKey, StringComparer.Ordinal)
                .ThenBy(group => group.Key.Product, StringComparer.Ordinal).ThenBy(group => group.Key.Version, StringComparer.Ordinal)
                .Select(group => (JsonNode)Record(group.Key.Week, group.Key.AppKey, group.Key.ProductId, group.Key.Product, group.Key.Version, group.Sum(entry => entry.Installs)))
                .ToArray());
        }

        await JsonResponses.WriteAsync(context, 200, new JsonObject { ["records"] = records });
    }

    /// <summary>
    /// 403 (no body) for an account without the reporting permission or without access to the space's apps; the
    /// endpoint's own answer for a developer space the sandbox does not know. Call with the store's lock held.
    /// </summary>
    internal static void RequireReporting(HttpContext context, MarketplaceStore store, string developerId, Func<ApiProblem> unknownSpace)
    {
        var user = SandboxItems.User(context);
        if (store.Reporting.UsersWithoutReporting.Contains(user))
        {
            throw ApiProblem.Forbidden();
        }

        var space = store.Presence.Products.Values.Where(product => string.Equals(product.DeveloperId, developerId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (space.Count == 0)
        {
            throw unknownSpace();
        }

        if (!space.Exists(product => product.IsVisibleTo(user)))
        {
            throw ApiProblem.Forbidden();
        }
    }

    /// <summary>The weeks of the query, oldest first: every Monday of the date range, or without one the weeks holding data.</summary>
    private static IEnumerable<DateOnly> Weeks(MetricQuery query, List<InstallEntry> installs)
    {
        if (query.StartDate is null && query.EndDate is null)
        {
            return installs.Select(entry => entry.Week).Distinct().Order();
        }

        var first = query.StartDate ?? installs.Select(entry => entry.Week).DefaultIfEmpty(query.EndDate!.Value).Min();
        var last = query.EndDate ?? installs.Select(entry => entry.Week).DefaultIfEmpty(first).Max();
        var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var weeks = new List<DateOnly>();
        for (var week = monday; week <= last; week = week.AddDays(7))
        {
            weeks.Add(week);
        }

        return weeks;
    }

    private static string? AttributeOf(InstallEntry entry, string field) => field switch
    {
        "APP_KEY" => entry.AppKey,
        "PARENT_SOFTWARE" => ParentSoftwareNames.Of(entry.ParentSoftwareId),
        "PARENT_SOFTWARE_VERSION" => entry.Version,
        _ => null,
    };

    private static JsonObject Record(DateOnly week, string appKey, string productId, string? product, string? version, long installs)
    {
        var record = new JsonObject
        {
            ["date"] = week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["appKey"] = appKey,
            ["productId"] = productId,
            ["installCounts"] = installs,
        };
        if (product is not null)
        {
            record["parentSoftware"] = ParentSoftwareNames.Of(product);
        }

        if (version is not null)
        {
            record["parentSoftwareVersion"] = version;
        }

        return record;
    }

    internal static int QueryInteger(HttpContext context, string name, int fallback, int min, int max)
    {
        var values = context.Request.Query[name];
        if (values.Count == 0)
        {
            return fallback;
        }

        return values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw ApiProblem.InvalidParameter($"{name} is an integer from {min} to {max}");
    }
}
