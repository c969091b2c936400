namespace Marketplace.Release.GitHub;

/// <summary>An <c>owner/name</c> repository, as <c>github.repository</c> or <c>GITHUB_REPOSITORY</c> give it.</summary>
internal sealed record GitHubRepository(string Owner, string Name)
{
    public static GitHubRepository Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < text.Length - 1
            ? new GitHubRepository(text[..slash], text[(slash + 1)..])
            : throw new ArgumentException($"'{text}' is not owner/name", nameof(text));
    }

    public override string ToString() => $"{Owner}/{Name}";
}
