using System.Text;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Running;

namespace Marketplace.Release.Tests.Running;

[TestFixture]
internal sealed class SecretMaskTests
{
    private const string User = "me@example.com";
    private const string Token = "marketplace-token-0123456789";
    private const string GitHubToken = "ghs_github-token-0123456789";

    private static string Basic(string user, string token) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{token}"));

    [Test]
    public void The_session_masks_the_token_the_Basic_credentials_and_the_GitHub_token_before_anything_runs()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string?>
        {
            ["MARKETPLACE_USER"] = $" {User} ",
            ["MARKETPLACE_API_TOKEN"] = $"{Token}\n",
            ["GITHUB_TOKEN"] = GitHubToken,
        });

        var session = ReleaseSession.Begin(environment, new ReleaseRequest { WorkingDirectory = "/nowhere" });

        Assert.That(session.Mask.Secrets, Is.EqualTo(new[] { Token, Basic(User, Token), GitHubToken }));
    }

    [Test]
    public void Overrides_are_masked_instead_of_the_variables_they_replace()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string?>
        {
            ["MARKETPLACE_USER"] = "env@example.com",
            ["MARKETPLACE_API_TOKEN"] = "environment-token-xyz",
        });

        var session = ReleaseSession.Begin(environment, new ReleaseRequest
        {
            WorkingDirectory = "/nowhere",
            User = new(User, "the user input"),
            ApiToken = new(Token, "the api-token input"),
            GitHubToken = new(GitHubToken, "the github-token input"),
        });

        Assert.That(session.Mask.Secrets, Is.EqualTo(new[] { Token, Basic(User, Token), GitHubToken }));
        Assert.That(session.Mask.Apply($"a {Basic(User, Token)} b {GitHubToken}"), Is.EqualTo("a *** b ***"));
    }

    [Test]
    public void The_mask_leaves_text_alone_when_there_is_no_secret()
    {
        var mask = new SecretMask([null, "", "ab"]);

        Assert.That(mask.Apply("a b ab abc"), Is.EqualTo("a b ab abc"));
    }
}
