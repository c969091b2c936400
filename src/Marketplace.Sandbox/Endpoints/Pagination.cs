using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// Cursor pagination over items ordered by build number, newest first. The cursor is an opaque token holding the
/// last build number served, so a version added between two pages neither repeats nor shifts an item.
/// <c>links.next</c> is a relative path string, absent on the last page, as on the live API.
/// </summary>
internal static class Pagination
{
    public static (List<T> Page, JsonObject Links) Page<T>(HttpContext context, IEnumerable<T> newestFirst, Func<T, long> buildNumber, ErrorStatusStyle style)
    {
        var limit = Limit(context, style);
        var after = Cursor(context, style);
        var remaining = newestFirst.Where(item => after is null || buildNumber(item) < after).ToList();
        var page = remaining.Take(limit).ToList();

        var path = "/rest/3" + context.Request.Path.Value![("/marketplace/rest/3".Length)..];
        var links = new JsonObject { ["self"] = path + context.Request.QueryString.Value };
        if (remaining.Count > page.Count)
        {
            var query = QueryString.Create([
                new KeyValuePair<string, string?>("limit", limit.ToString(CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string?>("cursor", Encode(buildNumber(page[^1]))),
            ]);
            foreach (var (key, value) in context.Request.Query)
            {
                if (key is not ("limit" or "cursor"))
                {
                    query = query.Add(key, value.ToString());
                }
            }

            links["next"] = path + query.Value;
        }

        return (page, links);
    }

    private static int Limit(HttpContext context, ErrorStatusStyle style)
    {
        var text = context.Request.Query["limit"].ToString();
        if (text.Length == 0)
        {
            return 25;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= 50
            ? limit
            : throw Invalid(style, $"limit must be an integer from 1 to 50, not '{text}'");
    }

    private static long? Cursor(HttpContext context, ErrorStatusStyle style)
    {
        var text = context.Request.Query["cursor"].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            if (decoded.StartsWith("after:", StringComparison.Ordinal)
                && long.TryParse(decoded["after:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var buildNumber))
            {
                return buildNumber;
            }
        }
        catch (FormatException)
        {
        }

        throw Invalid(style, $"'{text}' is not a cursor this API issued");
    }

    private static string Encode(long buildNumber) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("after:" + buildNumber.ToString(CultureInfo.InvariantCulture)));

    private static ApiProblem Invalid(ErrorStatusStyle style, string message) =>
        style == ErrorStatusStyle.Number ? ApiProblem.ListingValidation(message) : ApiProblem.InvalidParameter(message);
}
