using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox.Faults;

/// <summary>
/// Reads a fault rule from JSON (the admin endpoint) or from a seed's YAML turned into JSON:
/// <c>{"method","path","kind","status","retryAfter","body","delay","times","after"}</c>.
/// </summary>
internal static class FaultRuleJson
{
    public static FaultRule Parse(JsonObject json)
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "method", "path", "kind", "status", "retryAfter", "body", "delay", "times", "after" };
        foreach (var (name, _) in json)
        {
            if (!known.Contains(name))
            {
                throw new FormatException($"Unknown fault field '{name}' (known: {string.Join(", ", known)})");
            }
        }

        var path = JsonRead.String(json["path"]) ?? throw new FormatException("A fault needs a 'path', e.g. /rest/3/artifacts");
        var kindText = JsonRead.String(json["kind"]) ?? "status";
        var kind = Enum.GetValues<FaultKind>().FirstOrDefault(value => string.Equals(FaultRule.KindName(value), kindText, StringComparison.OrdinalIgnoreCase), (FaultKind)(-1));
        if (!Enum.IsDefined(kind))
        {
            throw new FormatException($"Unknown fault kind '{kindText}' (status, delay, drop, performThenDrop, performThenStatus)");
        }

        return new FaultRule
        {
            Method = JsonRead.String(json["method"])?.ToUpperInvariant() ?? "*",
            Path = path,
            Kind = kind,
            StatusCode = json["status"] is null ? null : (int?)(JsonRead.Integer(json["status"]) ?? throw new FormatException("A fault's 'status' must be an integer")),
            RetryAfter = json["retryAfter"] switch
            {
                null => null,
                var node => JsonRead.String(node) ?? JsonRead.Integer(node)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Body = JsonRead.String(json["body"]),
            Delay = json["delay"] switch
            {
                null => TimeSpan.Zero,
                var node when JsonRead.Integer(node) is { } milliseconds => TimeSpan.FromMilliseconds(milliseconds),
                var node => Seed.SeedText.Duration(JsonRead.String(node) ?? string.Empty, "delay"),
            },
            Times = (int)(JsonRead.Integer(json["times"]) ?? 1),
            After = (int)(JsonRead.Integer(json["after"]) ?? 0),
        };
    }

    public static JsonObject Render(FaultRule rule)
    {
        var json = new JsonObject
        {
            ["method"] = rule.Method,
            ["path"] = rule.Path,
            ["kind"] = FaultRule.KindName(rule.Kind),
            ["times"] = rule.Times,
            ["after"] = rule.After,
        };
        if (rule.Kind is FaultKind.Status or FaultKind.PerformThenStatus)
        {
            json["status"] = rule.EffectiveStatusCode;
        }

        if (rule.RetryAfter is not null)
        {
            json["retryAfter"] = rule.RetryAfter;
        }

        if (rule.Body is not null)
        {
            json["body"] = rule.Body;
        }

        if (rule.Kind == FaultKind.Delay)
        {
            json["delay"] = $"{rule.Delay.TotalMilliseconds:0}ms";
        }

        return json;
    }
}
