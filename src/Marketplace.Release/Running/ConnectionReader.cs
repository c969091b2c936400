using Marketplace.Release.Api;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Failures;

namespace Marketplace.Release.Running;

/// <summary>
/// The Marketplace connection from the environment (with the front end's overrides laid over it), checked before
/// anything is sent: a missing credential or a refused base URL is a usage error naming what the user set.
/// </summary>
internal static class ConnectionReader
{
    /// <returns>The connection, or null with <paramref name="problem"/> set to the cause and fix.</returns>
    public static MarketplaceConnection? Read(IEnvironmentReader environment, ReleaseRequest request, out ReleaseFailure? problem)
    {
        var (baseText, baseSource) = request.BaseUrl is { } given ? (given.Value.Trim(), given.Source)
            : NonEmpty(environment.Get(ReleaseVariables.BaseUrl)) is { } fromEnvironment ? (fromEnvironment, ReleaseVariables.BaseUrl)
            : (ReleaseDefaults.BaseUrl, "the default base URL");
        if (BaseUrlPolicy.Check(baseText, baseSource, out problem) is not { } baseUrl)
        {
            problem = problem! with { Fix = $"{problem.Fix} (nothing was sent)" };
            return null;
        }

        var user = NonEmpty(environment.Get(ReleaseVariables.User));
        var token = NonEmpty(environment.Get(ReleaseVariables.ApiToken));
        if (user is null || token is null)
        {
            var missing = string.Join(" and ", new[] { (ReleaseVariables.User, user), (ReleaseVariables.ApiToken, token) }
                .Where(p => p.Item2 is null).Select(p => p.Item1));
            var names = request.SettingNames;
            var elsewhere = (names[Setting.User], names[Setting.ApiToken]) is ({ } userName, { } tokenName) ? $", or {userName} and {tokenName}" : string.Empty;
            problem = ReleaseFailure.InvalidInput($"{missing} not set",
                $"set {ReleaseVariables.User} to the Atlassian account e-mail and {ReleaseVariables.ApiToken} to an API token of that account{elsewhere} (nothing was sent)");
            return null;
        }

        return new MarketplaceConnection(baseUrl, user, token);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
