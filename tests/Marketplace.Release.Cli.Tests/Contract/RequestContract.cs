using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Marketplace.Release.Cli.Tests.Contract;

/// <summary>
/// What the reference says one request's body may hold: field paths with their kinds, the fields required (a path
/// whose parent object is present must be present too: <c>highlights[].screenshot.imageId</c> is required inside
/// every <c>highlights[].screenshot</c> sent), and fields that must not be sent.
/// </summary>
internal sealed record RequestContract(string Name, string Method, Regex Path, IReadOnlyDictionary<string, FieldKind> Fields)
{
    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> Forbidden { get; init; } = new HashSet<string>();

    /// <summary>Every way <paramref name="body"/> departs from this contract, one line each; empty when it conforms.</summary>
    public IReadOnlyList<string> Violations(JsonNode? body)
    {
        var violations = new List<string>();
        if (body is not JsonObject)
        {
            return [$"{Name}: the body is not a JSON object"];
        }

        foreach (var (path, kind) in JsonShape.Fields(body).Distinct())
        {
            if (Forbidden.Contains(path))
            {
                violations.Add($"{Name}: '{path}' is sent but the reference has the server generate it");
            }
            else if (!Fields.TryGetValue(path, out var expected))
            {
                violations.Add($"{Name}: '{path}' is not a field of the reference's body");
            }
            else if (expected != kind)
            {
                violations.Add($"{Name}: '{path}' is sent as {kind}, the reference types it {expected}");
            }
        }

        var objects = JsonShape.Objects(body).ToList();
        foreach (var required in Required)
        {
            var dot = required.LastIndexOf('.');
            var (parent, name) = dot < 0 ? (string.Empty, required) : (required[..dot], required[(dot + 1)..]);
            foreach (var (path, obj) in objects.Where(o => o.Path == parent))
            {
                if (obj[name] is null)
                {
                    violations.Add($"{Name}: '{required}' is required but {(parent.Length == 0 ? "the body" : $"a '{path}'")} lacks it: {obj.ToJsonString()}");
                }
            }
        }

        return violations;
    }
}
