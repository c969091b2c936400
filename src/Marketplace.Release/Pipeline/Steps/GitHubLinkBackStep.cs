using Marketplace.Release.GitHub;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// After a verified publish, adds one line linking to the Marketplace to the GitHub release's body. Reads the body
/// afresh first, so a re-run finds the line and adds no second. The version is live by now: a failure here is a
/// warning, never a failed release.
/// </summary>
internal sealed class GitHubLinkBackStep : IReleaseStep
{
    public string Name => StepNames.GitHubLinkBack;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        var spec = context.Plan.GitHub;
        if (spec is not { LinkBack: true } || context.GitHub is not { } gitHub || spec.Repository is null)
        {
            return StepResult.Skip("github.linkBack is not set");
        }

        if (!context.Plan.Listing.Public)
        {
            return StepResult.Skip("the version is staged as PRIVATE; the link is added once it is published");
        }

        var repository = GitHubRepository.Parse(spec.Repository);
        var text = $"{context.Plan.App.Key} {context.Plan.Version.Number} ({context.Plan.App.Hosting})";
        var url = MarketplaceLinks.ForVersion(context.Options.Connection, context.Plan.App.Key, ReleaseEngine.VersionUrl(context));
        var line = GitHubLinkBack.Line(text, url);
        try
        {
            var release = context.DryRun && context.GitHubRelease is { } read
                ? read
                : await gitHub.GetReleaseAsync(repository, spec.Release, cancellationToken);
            if (GitHubLinkBack.AddTo(release.Body, line) is not { } body)
            {
                return StepResult.Skip($"release {release.TagName} already links to the Marketplace");
            }

            context.Change($"add the Marketplace link to the body of GitHub release {release.TagName} of {repository}");
            if (context.DryRun)
            {
                return StepResult.Skip($"dry run: would add to release {release.TagName}: {line}");
            }

            await gitHub.UpdateReleaseBodyAsync(repository, release.Id, body, cancellationToken);
            return StepResult.Done($"release {release.TagName} links to {url}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var why = exception is GitHubException error ? GitHubFailures.Explain(error, repository, writing: true).Line : exception.Message;
            context.Reporter.Warning($"the version is published, but the link back to it was not added to GitHub release {spec.Release}: {why}");
            return StepResult.Skip("not added; the version is live (see the warning above)");
        }
    }
}
