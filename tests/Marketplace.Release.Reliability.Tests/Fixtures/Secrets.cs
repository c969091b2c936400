using System.Text;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// The recognisable credentials every CLI run of this project uses, and the forms in which they must never appear
/// in any output: the token itself and the base64 of <c>user:token</c> (what the Authorization header carries).
/// </summary>
internal static class Secrets
{
    public const string User = "reliability@example.com";

    public const string Token = "mrtok-RELIABILITY-9f3c2a7e5d1b4c8a";

    public static string BasicCredentials { get; } = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Token}"));

    /// <summary>Every form a leak could take (the token, the header value, and the token's own base64).</summary>
    public static IReadOnlyList<string> Forms { get; } =
    [
        Token,
        BasicCredentials,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Token)),
    ];

    /// <summary>The names of the forms found in <paramref name="text"/>; empty when it is clean.</summary>
    public static IReadOnlyList<string> FoundIn(string? text) =>
        text is null ? [] : Forms.Where(form => text.Contains(form, StringComparison.Ordinal)).ToList();

    /// <summary>Fails the test when any form appears in <paramref name="text"/>, naming where.</summary>
    public static void AssertAbsent(string? text, string where)
    {
        var found = FoundIn(text);
        Assert.That(found, Is.Empty, $"a credential leaked into {where}");
    }
}
