using Marketplace.Release.Api;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Reads the GitHub release of <c>github.release</c>: takes its body as the release notes and downloads its asset
/// (streamed to a temporary file) as the local artifact. The result is an effective plan, so reconcile's checksum
/// comparison and the upload work on it unchanged. Only reads: it runs in a plan too.
/// </summary>
internal sealed class GitHubReleaseStep : IReleaseStep
{
    public string Name => StepNames.GitHubRelease;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        var spec = context.Plan.GitHub ?? throw new InvalidOperationException("github-release runs only with a github: section");
        var (gitHub, repository) = Require(context, spec);
        var release = await ReadReleaseAsync(context, gitHub, repository, spec.Release, cancellationToken);
        context.GitHubRelease = release;

        var told = new List<string> { $"release {release.TagName} of {repository} ({release.Assets.Count} asset(s))" };
        var version = context.Plan.Version;
        if (spec.ReleaseNotes)
        {
            var notes = GitHubReleaseNotes.FromBody(release.Body, release.TagName);
            if (notes is null)
            {
                context.Reporter.Warning($"github.releaseNotes: the body of release {release.TagName} is empty; the version gets no release notes");
            }

            version = version with { ReleaseNotes = notes };
            told.Add(notes is null ? "no release notes (empty body)" : $"release notes from its body ({notes.Length} characters)");
        }

        if (spec.Asset is { } pattern)
        {
            var asset = Match(release, pattern);
            var download = await DownloadAsync(context, gitHub, asset, cancellationToken);
            version = version with { Artifact = new ArtifactSource(download.Path, null) };
            context.UseEffectivePlan(context.Plan with { Version = version });
            // Hashed while streaming: reconcile and upload need not read the file again for it.
            context.SetLocalChecksum(download.Checksum);
            context.DownloadedChecksum = download.Checksum;
            told.Add($"artifact {asset.Name} ({UploadArtifactStep.Megabytes(download.Bytes)} MB, downloaded)");
        }
        else
        {
            context.UseEffectivePlan(context.Plan with { Version = version });
        }

        return StepResult.Done(string.Join("; ", told));
    }

    private static (IGitHubReleases GitHub, GitHubRepository Repository) Require(ReleaseContext context, GitHubSpec spec)
    {
        if (context.GitHub is not { } gitHub)
        {
            throw new ReleaseFailedException(FailureKind.InvalidInput,
                $"the manifest reads GitHub release {spec.Release}, but {GitHubFailures.TokenVariable} is not set",
                $"set {GitHubFailures.TokenVariable} (in a workflow: the github-token input, default ${{{{ github.token }}}})");
        }

        if (spec.Repository is not { } repository)
        {
            throw new ReleaseFailedException(FailureKind.InvalidInput,
                "the manifest reads a GitHub release but names no repository, and GITHUB_REPOSITORY is not set",
                "give github.repository: owner/name in the manifest, or set GITHUB_REPOSITORY");
        }

        return (gitHub, GitHubRepository.Parse(repository));
    }

    private static async Task<GitHubRelease> ReadReleaseAsync(ReleaseContext context, IGitHubReleases gitHub, GitHubRepository repository, string tag, CancellationToken cancellationToken)
    {
        try
        {
            return await gitHub.GetReleaseAsync(repository, tag, cancellationToken);
        }
        catch (GitHubException missing) when (missing.Kind == GitHubErrorKind.NotFound)
        {
            var visible = await Explained(() => gitHub.RepositoryVisibleAsync(repository, cancellationToken), repository);
            throw new ReleaseFailedException(visible ? GitHubFailures.MissingRelease(repository, tag) : GitHubFailures.InvisibleRepository(repository), missing);
        }
        catch (GitHubException error)
        {
            throw new ReleaseFailedException(GitHubFailures.Explain(error, repository, writing: false), error);
        }

        async Task<T> Explained<T>(Func<Task<T>> call, GitHubRepository repo)
        {
            try
            {
                return await call();
            }
            catch (GitHubException error)
            {
                throw new ReleaseFailedException(GitHubFailures.Explain(error, repo, writing: false), error);
            }
        }
    }

    private static GitHubAsset Match(GitHubRelease release, string pattern)
    {
        var matches = release.Assets.Where(a => WildcardPattern.IsMatch(pattern, a.Name)).ToList();
        if (matches is [var only])
        {
            return only;
        }

        var names = release.Assets.Count == 0 ? "it has no assets" : "its assets: " + string.Join(", ", release.Assets.Select(a => a.Name));
        throw new ReleaseFailedException(FailureKind.InvalidInput,
            matches.Count == 0
                ? $"github.asset '{pattern}' matches no asset of release {release.TagName} ({names})"
                : $"github.asset '{pattern}' matches {matches.Count} assets of release {release.TagName} ({string.Join(", ", matches.Select(a => a.Name))}); it must match exactly one",
            matches.Count == 0
                ? "attach the artifact to the release before this step, or correct github.asset"
                : "make github.asset match exactly one asset, e.g. by naming the file in full");
    }

    private static async Task<GitHubDownload> DownloadAsync(ReleaseContext context, IGitHubReleases gitHub, GitHubAsset asset, CancellationToken cancellationToken)
    {
        var limit = context.Options.Client.MaxArtifactBytes;
        if (asset.Size > limit)
        {
            throw TooLarge(asset.Name, $"{UploadArtifactStep.Megabytes(asset.Size)} MB", limit);
        }

        // The asset's own name: the upload sends it as the file name, and it tells the framework.
        var path = Path.Join(context.CreateTemporaryFolder(), Path.GetFileName(asset.Name));
        var lastReport = context.Time.GetTimestamp();
        void Progress(long bytes)
        {
            if (context.Time.GetElapsedTime(lastReport) < context.Options.ProgressInterval)
            {
                return;
            }

            lastReport = context.Time.GetTimestamp();
            context.Reporter.Progress(StepNames.GitHubRelease, $"{asset.Name}: {UploadArtifactStep.Megabytes(bytes)} / {UploadArtifactStep.Megabytes(asset.Size)} MB downloaded");
        }

        try
        {
            return await gitHub.DownloadAssetAsync(asset, path, limit, Progress, cancellationToken);
        }
        catch (GitHubAssetTooLargeException large)
        {
            File.Delete(path);
            throw TooLarge(asset.Name, $"more than {UploadArtifactStep.Megabytes(large.Bytes - 1)} MB", limit);
        }
        catch (GitHubException error)
        {
            var repository = GitHubRepository.Parse(context.Plan.GitHub!.Repository!);
            throw new ReleaseFailedException(GitHubFailures.Explain(error, repository, writing: false), error);
        }
    }

    private static ReleaseFailedException TooLarge(string name, string size, long limit) => new(FailureKind.InvalidInput,
        $"the release asset {name} is {size}, over the Marketplace's limit of {UploadArtifactStep.Megabytes(limit)} MB",
        "make the artifact smaller (nothing was uploaded; the download was stopped)");
}
