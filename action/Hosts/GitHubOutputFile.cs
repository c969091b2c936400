using System.Security.Cryptography;
using System.Text;

namespace Marketplace.Release.Cli.Hosts;

/// <summary>
/// The <c>$GITHUB_OUTPUT</c> file format: every value as <c>name&lt;&lt;DELIMITER</c>, the value, the delimiter, as
/// GitHub's toolkit writes it, so multi-line values (the result JSON) work and no value can inject another output.
/// </summary>
internal static class GitHubOutputFile
{
    public static string Format(IEnumerable<KeyValuePair<string, string>> outputs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in outputs)
        {
            // A random delimiter: a value cannot end its own block early because it cannot know the delimiter.
            var delimiter = "ghadelimiter_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            if (name.Contains(delimiter, StringComparison.Ordinal) || value.Contains(delimiter, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the output {name} contains its delimiter");
            }

            text.Append(name).Append("<<").Append(delimiter).Append('\n')
                .Append(value).Append('\n')
                .Append(delimiter).Append('\n');
        }

        return text.ToString();
    }
}
