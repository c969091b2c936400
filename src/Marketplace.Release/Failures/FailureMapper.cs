using Marketplace.Release.Api;
using Marketplace.Release.GitHub;
using Marketplace.Release.Running;

namespace Marketplace.Release.Failures;

/// <summary>
/// Turns whatever stopped a step into the one <see cref="ReleaseFailure"/> (and so the exit code) every front end
/// reports: the engine loop's only translation of errors.
/// </summary>
internal static class FailureMapper
{
    /// <param name="repository">The manifest's <c>github.repository</c>, named in GitHub failures.</param>
    public static ReleaseFailure From(Exception exception, string step, string? appKey, string? repository, ISettingNames names) => exception switch
    {
        ReleaseFailedException failed => failed.Failure,
        MarketplaceApiException api => FailureExplainer.Explain(api, step, appKey, names),
        GitHubException gitHub when repository is not null =>
            GitHubFailures.Explain(gitHub, GitHubRepository.Parse(repository), writing: !gitHub.Request.StartsWith("GET ", StringComparison.Ordinal), names),
        _ => new ReleaseFailure(FailureKind.Internal, $"unexpected error in {step}: {exception.GetType().Name}: {exception.Message}", FailureExplainer.ReportTheLog(names), null),
    };
}
