namespace Marketplace.Release.Cli.Tests.Fixtures;

/// <summary>
/// Reads a <c>$GITHUB_OUTPUT</c> file as the runner does: <c>name=value</c> lines and <c>name&lt;&lt;DELIMITER</c>
/// blocks. Strict: anything else fails the test instead of being skipped.
/// </summary>
internal static class GitHubOutputReader
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 && i == lines.Length - 1)
            {
                break;
            }

            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var name = line[..heredoc];
                var delimiter = line[(heredoc + 2)..];
                var value = new List<string>();
                for (i++; i < lines.Length && lines[i] != delimiter; i++)
                {
                    value.Add(lines[i]);
                }

                if (i >= lines.Length)
                {
                    throw new FormatException($"the block of {name} never ends with {delimiter}");
                }

                outputs[name] = string.Join('\n', value);
            }
            else if (equals > 0)
            {
                outputs[line[..equals]] = line[(equals + 1)..];
            }
            else
            {
                throw new FormatException($"line {i + 1} is neither name=value nor name<<DELIMITER: '{line}'");
            }
        }

        return outputs;
    }
}
