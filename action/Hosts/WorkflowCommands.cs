namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// GitHub Actions workflow commands (<c>::name key=value::data</c>) with the runner's escaping, so a message with a
/// newline, a colon or a comma cannot end the command early or forge another one.
/// </summary>
internal static class WorkflowCommands
{
    public static string Command(string name, string data, params (string Key, string? Value)[] properties)
    {
        var given = properties.Where(p => p.Value is not null).Select(p => $"{p.Key}={EscapeProperty(p.Value!)}").ToList();
        var head = given.Count == 0 ? name : $"{name} {string.Join(',', given)}";
        return $"::{head}::{EscapeData(data)}";
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
