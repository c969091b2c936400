using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Manifest.Yaml;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Reads the artifact: exactly one of <c>version.artifact</c> (a local file or glob), <c>version.artifactUrl</c> and
/// <c>github.asset</c>.
/// </summary>
internal sealed class ArtifactBinder(ValueReader reader, WorkspaceFileResolver files)
{
    public BoundArtifact Bind(SectionView version, BoundGitHub? gitHub)
    {
        var given = new List<(string Name, SourcePosition Position)>();
        if (version.Has("artifact"))
        {
            given.Add(("version.artifact", version.KeyPosition("artifact")));
        }

        if (version.Has("artifactUrl"))
        {
            given.Add(("version.artifactUrl", version.KeyPosition("artifactUrl")));
        }

        if (gitHub is not null && gitHub.Section.Has("asset"))
        {
            given.Add(("github.asset", gitHub.Section.KeyPosition("asset")));
        }

        if (given.Count > 1)
        {
            var second = given.OrderBy(source => source.Position.Index).Skip(1).First();
            reader.Report(second.Position, $"the artifact is given more than once ({string.Join(", ", given.Select(source => source.Name))}); keep only one of them");
            return BoundArtifact.Invalid;
        }

        if (given.Count == 0)
        {
            return BoundArtifact.None;
        }

        if (version.Has("artifact"))
        {
            return LocalFile(version);
        }

        if (version.Has("artifactUrl"))
        {
            return Url(version);
        }

        return new BoundArtifact(null, gitHub!.Asset, true);
    }

    private BoundArtifact LocalFile(SectionView version)
    {
        var pattern = reader.Text(version["artifact"], "version.artifact");
        if (pattern is null)
        {
            reader.ReportIfNull(version, "artifact", "target/myapp-*.jar");
            return BoundArtifact.Invalid;
        }

        var resolution = files.ResolveSingleMatch(pattern);
        if (resolution.Problem is not null)
        {
            reader.Report(version["artifact"]!.Start, $"version.artifact '{pattern}' {resolution.Problem}");
            return BoundArtifact.Invalid;
        }

        // The Marketplace refuses larger artifacts; saying so here means validate catches it and nothing is sent.
        var size = new FileInfo(resolution.FullPath!).Length;
        if (ArtifactSizeRule.IsTooLarge(size))
        {
            reader.Report(version["artifact"]!.Start,
                $"version.artifact '{Path.GetFileName(resolution.FullPath)}' is {Megabytes.Text(size)}, over the Marketplace's limit of {Megabytes.Text(ArtifactSizeRule.MaxBytes)}; make the artifact smaller");
            return BoundArtifact.Invalid;
        }

        return new BoundArtifact(new ArtifactSource(resolution.FullPath, null), Path.GetFileName(resolution.FullPath), true);
    }

    private BoundArtifact Url(SectionView version)
    {
        var text = reader.Text(version["artifactUrl"], "version.artifactUrl");
        if (text is null)
        {
            reader.ReportIfNull(version, "artifactUrl", "https://example.com/myapp-1.4.0.jar");
            return BoundArtifact.Invalid;
        }

        var url = UrlRules.WebUrl(text);
        if (url is null || !UrlRules.IsSecureOrLoopback(url))
        {
            reader.Report(version["artifactUrl"]!.Start, url is null
                ? $"version.artifactUrl '{text}' is not a web address; give a full https:// URL the Marketplace can download the artifact from"
                : $"version.artifactUrl '{text}' must use https (plain http is allowed only to this machine); the Marketplace downloads the artifact from it");
            return BoundArtifact.Invalid;
        }

        return new BoundArtifact(new ArtifactSource(null, url), Path.GetFileName(url.AbsolutePath), true);
    }
}
