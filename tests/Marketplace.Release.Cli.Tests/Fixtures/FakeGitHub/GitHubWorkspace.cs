using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Fixtures.FakeGitHub;

/// <summary>The bundled example turned into one that takes its notes and artifact from a GitHub release.</summary>
internal static class GitHubWorkspace
{
    public const string Repository = "octo-org/timesheets";

    public static string Manifest(bool releaseNotes = true, bool asset = true, bool linkBack = true, string? repository = Repository)
    {
        var example = File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "examples", WorkspaceBuilder.ManifestFileName)).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (asset)
        {
            example = Remove(example, "  artifact: target/timesheets-*.jar\n");
        }

        if (releaseNotes)
        {
            example = Remove(example, "  releaseNotes: |\n    Export is now 3x faster.\n");
        }

        var section = "github:\n"
            + (repository is null ? string.Empty : $"  repository: {repository}\n")
            + "  release: v${VERSION:-1.4.0}\n"
            + $"  releaseNotes: {(releaseNotes ? "true" : "false")}\n"
            + (asset ? "  asset: timesheets-*.jar\n" : string.Empty)
            + $"  linkBack: {(linkBack ? "true" : "false")}\n";
        return example.TrimEnd() + "\n" + section;
    }

    public static Dictionary<string, string?> Environment(FakeGitHubServer gitHub, string token = FakeGitHubServer.Token) => new()
    {
        ["GITHUB_TOKEN"] = token,
        ["GITHUB_API_URL"] = gitHub.ApiUrl.ToString(),
    };

    private static string Remove(string text, string part) =>
        text.Contains(part, StringComparison.Ordinal) ? text.Replace(part, string.Empty, StringComparison.Ordinal) : throw new InvalidOperationException($"the example no longer holds '{part.Trim()}'");
}
