namespace Cake.Marketplace;

/// <summary>Replaces every secret (the API token) in a text with <c>***</c> before it reaches a log or an exception.</summary>
internal sealed class SecretMask(IEnumerable<string?> secrets)
{
    // Short values would mask ordinary words; a real API token is long.
    private readonly string[] secrets = [.. secrets.OfType<string>().Where(s => s.Trim().Length >= 4).Select(s => s.Trim()).Distinct()];

    public string Apply(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
