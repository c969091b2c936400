using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Manifest.Files;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Reads the GitHub release of <c>github.release</c>: takes its body as the release notes and downloads its asset
/// (streamed to a temporary file) as the local artifact. Both become <see cref="GitHubSource"/> state, from which
/// <see cref="ReleaseState.Version"/> derives the version the later steps release. Only reads: it runs in a plan too.
/// </summary>
internal sealed class GitHubReleaseStep : IReleaseStep
{
    public string Name => StepNames.GitHubRelease;

    public bool AppliesTo(ReleasePlan plan) => plan.GitHub is not null;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        Task.FromResult(StepDecision.Read(token => ReadAsync(run, state, token)));

    private static async Task<StepEffect> ReadAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var spec = run.Plan.GitHub ?? throw new InvalidOperationException("github-release runs only with a github: section");
        var (gitHub, repository) = Require(run, spec);
        var release = await GitHubReleaseLookup.FindAsync(gitHub, repository, spec.Release, cancellationToken);

        var told = new List<string> { $"release {release.TagName} of {repository} ({Counted.Of(release.Assets.Count, "asset")})" };
        string? notes = null;
        if (spec.ReleaseNotes)
        {
            notes = GitHubReleaseNotes.FromBody(release.Body, release.TagName);
            if (notes is null)
            {
                run.Reporter.Warning($"github.releaseNotes: the body of release {release.TagName} is empty; the version gets no release notes");
            }

            told.Add(notes is null ? "no release notes (empty body)" : $"release notes from its body ({notes.Length} characters)");
        }

        GitHubDownload? download = null;
        if (spec.Asset is { } pattern)
        {
            var asset = Match(release, pattern);
            download = await DownloadAsync(run, gitHub, asset, cancellationToken);
            // Hashed while streaming: reconcile and upload need not read the file again for it.
            run.Checksums.Remember(download.Path, download.Checksum);
            told.Add($"artifact {asset.Name} ({Megabytes.Text(download.Bytes)}, downloaded)");
        }

        return new StepEffect(state with { GitHub = new GitHubSource(release, spec.ReleaseNotes, notes, download) }, string.Join("; ", told));
    }

    private static (IGitHubReleases GitHub, GitHubRepository Repository) Require(ReleaseRun run, GitHubSpec spec)
    {
        if (run.GitHub is not { } gitHub)
        {
            throw new ReleaseFailedException(FailureKind.InvalidInput,
                $"the manifest reads GitHub release {spec.Release}, but {GitHubFailures.TokenVariable} is not set",
                $"set {GitHubSettings.TokenName(run.Options.SettingNames)}");
        }

        return (gitHub, GitHubRepository.Of(spec, out var missing) ?? throw new ReleaseFailedException(missing!));
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

    private static async Task<GitHubDownload> DownloadAsync(ReleaseRun run, IGitHubReleases gitHub, GitHubAsset asset, CancellationToken cancellationToken)
    {
        var limit = run.Options.Client.MaxArtifactBytes;
        if (ArtifactSizeRule.IsTooLarge(asset.Size, limit))
        {
            throw TooLarge(asset.Name, Megabytes.Text(asset.Size), limit);
        }

        // The asset's own name: the upload sends it as the file name, and it tells the framework.
        var path = Path.Join(run.CreateTemporaryFolder(), Path.GetFileName(asset.Name));
        var lastReport = run.Time.GetTimestamp();
        void Progress(long bytes)
        {
            if (run.Time.GetElapsedTime(lastReport) < run.Options.ProgressInterval)
            {
                return;
            }

            lastReport = run.Time.GetTimestamp();
            run.Reporter.Progress(StepNames.GitHubRelease, $"{asset.Name}: {Megabytes.Format(bytes)} / {Megabytes.Text(asset.Size)} downloaded");
        }

        try
        {
            return await gitHub.DownloadAssetAsync(asset, path, limit, Progress, cancellationToken);
        }
        catch (GitHubAssetTooLargeException large)
        {
            File.Delete(path);
            throw TooLarge(asset.Name, $"more than {Megabytes.Text(large.Bytes - 1)}", limit);
        }
    }

    private static ReleaseFailedException TooLarge(string name, string size, long limit) => new(FailureKind.InvalidInput,
        $"the release asset {name} is {size}, over the Marketplace's limit of {Megabytes.Text(limit)}",
        "make the artifact smaller (nothing was uploaded; the download was stopped)");
}
