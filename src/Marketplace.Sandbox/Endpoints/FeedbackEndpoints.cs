using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// <c>GET /rest/3/reporting/developer-space/{developerId}/feedback/details</c> (OpenAPI "Get feedback"): the query
/// parameters <c>type*</c> (disable | uninstall), <c>anonymous</c>, <c>reason*</c>, <c>productId*</c>, <c>hosting*</c>
/// (cloud | datacenter | server), <c>appEdition*</c> (Standard | Advanced), <c>startDate</c>, <c>endDate</c>, <c>text</c>,
/// <c>offset</c>, <c>limit</c> (at most 50); the body <c>{_links: {self, query, prev?, next?}, totalCount, feedback}</c>
/// with each feedback as the reference's example shows it. An unknown parameter or a value outside its enum is a 400
/// naming it; 403 without a body for an account without the reporting permission or a space it cannot see.
/// [ours] Newest date first; the default limit is 10 (the reference's example links); seeded feedback is anonymous,
/// of the Standard edition, and <c>text</c> matches its app version (it holds no reporter details).
/// </summary>
internal static class FeedbackEndpoints
{
    private const string Path = "/rest/3/reporting/developer-space/{developerId}/feedback/details";
    private const int DefaultLimit = 10;
    private const int MaxLimit = 50;

    private static readonly string[] Parameters = ["type", "anonymous", "reason", "productId", "hosting", "appEdition", "startDate", "endDate", "text", "offset", "limit"];
    private static readonly string[] Types = ["disable", "uninstall"];
    private static readonly string[] Hostings = ["cloud", "datacenter", "server"];
    private static readonly string[] Editions = ["Standard", "Advanced"];

    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["expectations"] = "The app did not meet my expectations",
        ["bugs"] = "The app has bugs or errors",
        ["performance"] = "The app slowed down my instance",
        ["cost"] = "The app is too expensive",
        ["alternative"] = "I found a better alternative",
        ["temporary"] = "I only needed the app temporarily",
        ["other"] = "Other",
    };

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox) =>
        routes.MapGet(Path, EndpointKit.Handle(context => ListAsync(context, sandbox)));

    private static Task ListAsync(HttpContext context, SandboxContext sandbox)
    {
        var query = context.Request.Query;
        if (query.Keys.FirstOrDefault(key => !Parameters.Contains(key, StringComparer.Ordinal)) is { } unknown)
        {
            throw ApiProblem.InvalidParameter($"Unknown query parameter '{unknown}' (known: {string.Join(", ", Parameters)})");
        }

        var types = Values(context, "type", Types);
        var hostings = Values(context, "hosting", Hostings);
        var editions = Values(context, "appEdition", Editions);
        var reasons = query["reason"].Select(value => value!).ToHashSet(StringComparer.Ordinal);
        var products = query["productId"].Select(value => value!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var start = Date(context, "startDate");
        var end = Date(context, "endDate");
        var anonymous = query["anonymous"] is { Count: > 0 } flag
            ? flag[0] is "true" ? true : flag[0] is "false" ? false : throw ApiProblem.InvalidParameter("anonymous is true or false")
            : (bool?)null;
        var text = query["text"].FirstOrDefault();
        var offset = PartnerMetricsEndpoints.QueryInteger(context, "offset", 0, 0, int.MaxValue);
        var limit = PartnerMetricsEndpoints.QueryInteger(context, "limit", DefaultLimit, 1, MaxLimit);
        var developerId = EndpointKit.Route(context, "developerId");
        var store = sandbox.Store;
        List<FeedbackEntry> matching;
        lock (store.Gate)
        {
            PartnerMetricsEndpoints.RequireReporting(context, store, developerId, unknownSpace: ApiProblem.Forbidden);
            matching = store.Reporting.Feedback
                .Where(entry => string.Equals(entry.DeveloperId, developerId, StringComparison.OrdinalIgnoreCase))
                .Where(entry => types.Count == 0 || types.Contains(entry.Type))
                .Where(entry => hostings.Count == 0 || hostings.Contains(entry.Hosting))
                .Where(entry => editions.Count == 0 || editions.Contains("Standard"))
                .Where(entry => reasons.Count == 0 || reasons.Contains(entry.ReasonKey))
                .Where(entry => products.Count == 0 || products.Contains(entry.ProductId))
                .Where(entry => (start is null || entry.Date >= start) && (end is null || entry.Date <= end))
                .Where(entry => anonymous is null or true)
                .Where(entry => text is null || entry.AppVersion.Contains(text, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(entry => entry.Date).ThenBy(entry => entry.AppVersion, StringComparer.Ordinal)
                .ToList();
        }

        var page = matching.Skip(offset).Take(limit).Select(entry => (JsonNode)Render(entry)).ToArray();
        return JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["_links"] = Links(context, developerId, offset, limit, matching.Count),
            ["totalCount"] = matching.Count,
            ["feedback"] = new JsonArray(page),
        });
    }

    private static JsonObject Links(HttpContext context, string developerId, int offset, int limit, int total)
    {
        var path = $"/rest/3/reporting/developer-space/{developerId}/feedback/details";
        JsonObject Href(int at) => new() { ["href"] = path + PageQuery(context, at, limit) };
        var links = new JsonObject
        {
            ["self"] = new JsonObject { ["href"] = path + context.Request.QueryString.Value },
            ["query"] = new JsonObject
            {
                ["href"] = path + "{?type*,anonymous,reason*,productId*,hosting*,appEdition*,startDate,endDate,text,offset,limit}",
                ["templated"] = true,
            },
        };
        if (offset > 0)
        {
            links["prev"] = Href(Math.Max(0, offset - limit));
        }

        if (offset + limit < total)
        {
            links["next"] = Href(offset + limit);
        }

        return links;
    }

    /// <summary>The request's own filters with another offset (a next link keeps the query it pages).</summary>
    private static string PageQuery(HttpContext context, int offset, int limit)
    {
        var pairs = context.Request.Query
            .Where(pair => pair.Key is not ("offset" or "limit"))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>("offset", offset.ToString(CultureInfo.InvariantCulture)))
            .Append(new KeyValuePair<string, string?>("limit", limit.ToString(CultureInfo.InvariantCulture)));
        return QueryString.Create(pairs).Value ?? string.Empty;
    }

    private static JsonObject Render(FeedbackEntry entry) => new()
    {
        ["addonKey"] = entry.AppKey,
        ["productId"] = entry.ProductId,
        ["addonVersion"] = entry.AppVersion,
        ["applicationKey"] = "jira",
        ["hosting"] = entry.Hosting switch { "cloud" => "Cloud", "server" => "Server", _ => "Data Center" },
        ["appEdition"] = "Standard",
        ["date"] = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["feedbackType"] = entry.Type,
        ["reasonKey"] = entry.ReasonKey,
        ["reason"] = Reasons.GetValueOrDefault(entry.ReasonKey, entry.ReasonKey),
        ["message"] = string.Empty,
    };

    private static HashSet<string> Values(HttpContext context, string name, string[] allowed)
    {
        var values = context.Request.Query[name].Select(value => value ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        return values.FirstOrDefault(value => !allowed.Contains(value, StringComparer.Ordinal)) is { } wrong
            ? throw ApiProblem.InvalidParameter($"{name} '{wrong}' is not one of {string.Join(", ", allowed)}")
            : values;
    }

    private static DateOnly? Date(HttpContext context, string name) =>
        context.Request.Query[name].FirstOrDefault() is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw ApiProblem.InvalidParameter($"{name} is a date yyyy-MM-dd");
}
