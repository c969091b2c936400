using Marketplace.Release.Api;
using Marketplace.Release.GitHub;

namespace Marketplace.Release.Failures;

/// <summary>
/// Turns whatever stopped a step into the one <see cref="ReleaseFailure"/> (and so the exit code) every front end
/// reports: the engine loop's only translation of errors.
/// </summary>
internal static class FailureMapper
{
    /// <param name="repository">The manifest's <c>github.repository</c>, named in GitHub failures.</param>
    public static ReleaseFailure From(Exception exception, string step, string? appKey, string? repository) => exception switch
    {
        ReleaseFailedException failed => failed.Failure,
        MarketplaceApiException api => FailureExplainer.Explain(api, step, appKey),
        GitHubException gitHub when repository is not null =>
            GitHubFailures.Explain(gitHub, GitHubRepository.Parse(repository), writing: !gitHub.Request.StartsWith("GET ", StringComparison.Ordinal)),
        _ => new ReleaseFailure(FailureKind.Internal, $"unexpected error in {step}: {exception.GetType().Name}: {exception.Message}", "re-run with --debug and report the log", null),
    };
}
