using Marketplace.Release.Domain;
using Marketplace.Release.GitHub;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// After a verified publish, adds one line linking to the Marketplace to the GitHub release's body. Reads the body
/// afresh before writing, so a re-run finds the line and adds no second. The version is live by now: a failure
/// here is a warning, never a failed release (<see cref="ToleratedFailure"/>).
/// </summary>
internal sealed class GitHubLinkBackStep : IReleaseStep
{
    public string Name => StepNames.GitHubLinkBack;

    public bool AppliesTo(ReleasePlan plan) => plan.GitHub is not null;

    public string? ToleratedFailure(ReleaseRun run) =>
        $"the version is published, but the link back to it was not added to GitHub release {run.Plan.GitHub?.Release}";

    public async Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var spec = run.Plan.GitHub;
        if (spec is not { LinkBack: true } || run.GitHub is not { } gitHub || spec.Repository is null)
        {
            return StepDecision.Skip("github.linkBack is not set");
        }

        if (!run.Plan.Listing.Public)
        {
            return StepDecision.Skip("the version is staged as PRIVATE; the link is added once it is published");
        }

        var repository = GitHubRepository.Parse(spec.Repository);
        var line = Line(run, state);
        // github-release read the release moments ago in this run; the write below reads it afresh.
        var release = state.GitHub?.Release ?? await gitHub.GetReleaseAsync(repository, spec.Release, cancellationToken);
        return GitHubLinkBack.AddTo(release.Body, line) is null
            ? StepDecision.Skip($"release {release.TagName} already links to the Marketplace")
            : StepDecision.Change(ChangeKind.GitHubRelease, $"add the Marketplace link to the body of GitHub release {release.TagName} of {repository}",
                token => AddAsync(run, state, gitHub, repository, line, token),
                $"dry run: would add to release {release.TagName}: {line}");
    }

    private static async Task<StepEffect> AddAsync(ReleaseRun run, ReleaseState state, IGitHubReleases gitHub, GitHubRepository repository, string line, CancellationToken cancellationToken)
    {
        var release = await gitHub.GetReleaseAsync(repository, run.Plan.GitHub!.Release, cancellationToken);
        if (GitHubLinkBack.AddTo(release.Body, line) is { } body)
        {
            await gitHub.UpdateReleaseBodyAsync(repository, release.Id, body, cancellationToken);
        }

        return new StepEffect(state, $"release {release.TagName} links to {MarketplaceUrl(run, state)}");
    }

    private static string Line(ReleaseRun run, ReleaseState state) =>
        GitHubLinkBack.Line($"{run.Plan.App.Key} {state.LiveVersion?.VersionNumber ?? run.Plan.Version.Number} ({run.Plan.App.Hosting.Word()})", MarketplaceUrl(run, state), run.Plan.TargetName);

    private static Uri MarketplaceUrl(ReleaseRun run, ReleaseState state) =>
        MarketplaceLinks.ForVersion(run.Options.Connection, run.Plan.App.Key, run.VersionUrl(state));
}
