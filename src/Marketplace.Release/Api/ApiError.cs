namespace Marketplace.Release.Api;

/// <summary>An error body as the Marketplace sent it, in any of its shapes, reduced to what a person reads.</summary>
/// <param name="Code">The first error's code (e.g. <c>VALIDATION_ERROR</c>), when there is one.</param>
/// <param name="Messages">Each error's title/detail or message (with its path), in order.</param>
/// <param name="RawText">The body as received (truncated), for when nothing could be parsed.</param>
public sealed record ApiError(string? Code, IReadOnlyList<string> Messages, string RawText)
{
    public string Summary => Messages.Count > 0 ? string.Join("; ", Messages) : RawText;

    public bool HasMessage(string text) =>
        Messages.Any(m => m.Contains(text, StringComparison.OrdinalIgnoreCase))
        || RawText.Contains(text, StringComparison.OrdinalIgnoreCase);
}
