using Marketplace.Release.Failures;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>Reading the string values CI systems pass (GitHub inputs, pipe variables) the same way everywhere.</summary>
internal static class HostValues
{
    /// <summary>Null for unset or blank: CI systems pass an empty string for an input nobody gave.</summary>
    public static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A value with where it came from, or null for unset or blank.</summary>
    public static Given<string>? Given(string? value, string source) => NonEmpty(value) is { } text ? new(text, source) : null;

    /// <summary>
    /// A yes/no input. Null when not given; a value that is neither sets <paramref name="problem"/>, because
    /// silently reading <c>dry-run: ture</c> as false would publish when a plan was meant.
    /// </summary>
    public static bool? Flag(string? value, string name, ref ReleaseFailure? problem)
    {
        switch (NonEmpty(value)?.ToUpperInvariant())
        {
            case null:
                return null;
            case "TRUE" or "YES" or "ON" or "1":
                return true;
            case "FALSE" or "NO" or "OFF" or "0":
                return false;
            default:
                problem ??= ReleaseFailure.InvalidInput($"{name} is '{value}', not true or false", "set it to true or false (nothing was sent)");
                return null;
        }
    }

    /// <summary>A list of names (the targets input, <c>TARGETS</c>): separated by commas, spaces or new lines; empty when not given.</summary>
    public static IReadOnlyList<string> Names(string? value) =>
        NonEmpty(value) is { } text ? text.Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries) : [];
}
