using System.Text;

namespace Marketplace.Release.Running;

/// <summary>
/// The values no output may show, and the replacement of each with <c>***</c>: the Marketplace API token, the Basic
/// credentials the client sends (base64 of <c>user:token</c>: a log masks only the literal secret, not an encoding of
/// it) and the GitHub token. Every front end registers or applies the same list before it prints anything.
/// </summary>
public sealed class SecretMask
{
    // Short values would mask ordinary words; a real token is long.
    private const int ShortestSecret = 4;

    private readonly string[] secrets;

    public SecretMask(IEnumerable<string?> secrets)
    {
        this.secrets = [.. secrets.OfType<string>().Select(s => s.Trim()).Where(s => s.Length >= ShortestSecret).Distinct()];
    }

    /// <summary>The secrets, as a CI host registers them (GitHub's <c>::add-mask::</c>).</summary>
    public IReadOnlyList<string> Secrets => secrets;

    /// <summary>The mask for a connection's credentials and the GitHub token, trimmed as they are sent.</summary>
    public static SecretMask For(string? user, string? apiToken, string? gitHubToken)
    {
        var token = apiToken?.Trim();
        var basic = string.IsNullOrEmpty(token) || string.IsNullOrWhiteSpace(user)
            ? null
            : Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user.Trim()}:{token}"));
        return new SecretMask([token, basic, gitHubToken]);
    }

    public string Apply(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
