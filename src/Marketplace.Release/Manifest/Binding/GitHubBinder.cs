using System.Text.RegularExpressions;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads the optional <c>github:</c> section; the repository defaults to <c>GITHUB_REPOSITORY</c>.</summary>
internal sealed partial class GitHubBinder(ValueReader reader, IEnvironmentReader environment)
{
    public BoundGitHub? Bind(SectionView top)
    {
        var section = reader.Section(top["github"], "github", ManifestVocabulary.GitHub, top.KeyPosition("github"));
        if (section is null)
        {
            if (top["github"] is ScalarNode { IsNull: true } empty)
            {
                reader.Report(empty.Start, "github is empty; give release: <tag> below it, or remove it");
            }

            return null;
        }

        var repository = reader.Text(section["repository"], "github.repository");
        if (repository is not null && !RepositoryPattern().IsMatch(repository))
        {
            reader.Report(section["repository"]!.Start, $"github.repository '{repository}' is not owner/name; write it like octo-org/timesheets");
            repository = null;
        }
        else if (repository is null && !section.Has("repository"))
        {
            var fromEnvironment = environment.Get(GitHub.GitHubSettings.RepositoryVariable);
            repository = fromEnvironment is not null && RepositoryPattern().IsMatch(fromEnvironment) ? fromEnvironment : null;
        }

        var release = reader.RequiredText(section, "release", "v${VERSION}");
        var releaseNotes = reader.Boolean(section["releaseNotes"], "github.releaseNotes") ?? false;
        var asset = reader.Text(section, "asset");
        if (asset is not null && asset.Contains('/', StringComparison.Ordinal))
        {
            reader.Report(section["asset"]!.Start, $"github.asset '{asset}' holds a '/', but release assets are plain file names; give a name pattern such as timesheets-*.jar");
            asset = null;
        }

        var linkBack = reader.Boolean(section["linkBack"], "github.linkBack") ?? false;
        var spec = release is null ? null : new GitHubSpec(repository, release, releaseNotes, asset, linkBack);
        return new BoundGitHub(section, spec, asset);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();
}
