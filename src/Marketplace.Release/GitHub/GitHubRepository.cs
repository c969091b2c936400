using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.GitHub;

/// <summary>An <c>owner/name</c> repository, as <c>github.repository</c> or <c>GITHUB_REPOSITORY</c> give it.</summary>
internal sealed record GitHubRepository(string Owner, string Name)
{
    /// <summary>
    /// The repository a <c>github:</c> section reads from, or null with <paramref name="missing"/> set when it names
    /// none and <c>GITHUB_REPOSITORY</c> gave none: the one check of a missing repository, before a run and in it.
    /// </summary>
    public static GitHubRepository? Of(GitHubSpec spec, out ReleaseFailure? missing)
    {
        ArgumentNullException.ThrowIfNull(spec);
        missing = spec.Repository is null ? GitHubFailures.NoRepository : null;
        return spec.Repository is { } text ? Parse(text) : null;
    }

    public static GitHubRepository Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < text.Length - 1
            ? new GitHubRepository(text[..slash], text[(slash + 1)..])
            : throw new ArgumentException($"'{text}' is not owner/name", nameof(text));
    }

    public override string ToString() => $"{Owner}/{Name}";
}
