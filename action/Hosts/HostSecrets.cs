using System.Text;
using Marketplace.Release.Hosting;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>The values a CI log must never show, as hosts register them before the first line is printed.</summary>
internal static class HostSecrets
{
    public const string GitHubTokenVariable = "GITHUB_TOKEN";

    /// <summary>
    /// The API token, the Basic credentials the client sends (base64 of <c>user:token</c>: a log masks only the
    /// literal secret, not an encoding of it), and the GitHub token.
    /// </summary>
    public static IReadOnlyList<string> From(IEnvironmentReader environment)
    {
        var secrets = new List<string>();
        // Trimmed as ConnectionSettings trims them, so the masks match what is actually sent.
        var token = environment.Get(ConnectionSettings.TokenVariable)?.Trim();
        var user = environment.Get(ConnectionSettings.UserVariable)?.Trim();
        if (!string.IsNullOrEmpty(token))
        {
            secrets.Add(token);
            if (!string.IsNullOrEmpty(user))
            {
                secrets.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{token}")));
            }
        }

        if (environment.Get(GitHubTokenVariable)?.Trim() is { Length: > 0 } gitHubToken)
        {
            secrets.Add(gitHubToken);
        }

        return secrets;
    }
}
