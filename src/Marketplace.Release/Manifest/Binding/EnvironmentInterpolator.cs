using System.Text;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Replaces <c>${NAME}</c> with an environment variable, <c>${NAME:-default}</c> with the variable or the default
/// (when unset or empty, as in a POSIX shell), and <c>$$</c> with a literal <c>$</c>. A <c>$</c> followed by anything
/// else stays as written. The default is literal text: it is not interpolated again.
/// </summary>
internal sealed class EnvironmentInterpolator(IEnvironmentReader environment, string sourceText, ManifestDiagnosticBag diagnostics)
{
    /// <summary>Returns the interpolated value, or null when a reference could not be resolved (each one is reported).</summary>
    public string? Interpolate(ScalarNode node)
    {
        var value = node.Value;
        if (!value.Contains('$', StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        var referenceIndex = 0;
        var failed = false;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c != '$' || i + 1 >= value.Length)
            {
                result.Append(c);
                i++;
                continue;
            }

            if (value[i + 1] == '$')
            {
                result.Append('$');
                i += 2;
                continue;
            }

            if (value[i + 1] != '{')
            {
                result.Append(c);
                i++;
                continue;
            }

            var position = ReferencePosition(node, referenceIndex++);
            var close = value.IndexOf('}', i + 2);
            if (close < 0)
            {
                diagnostics.Add(position, "'${' is not closed by '}'; write ${NAME} for a variable, or '$$' for a literal '$'");
                return null;
            }

            var reference = value[(i + 2)..close];
            var separator = reference.IndexOf(":-", StringComparison.Ordinal);
            var name = separator < 0 ? reference : reference[..separator];
            var fallback = separator < 0 ? null : reference[(separator + 2)..];
            if (!IsVariableName(name))
            {
                diagnostics.Add(position, $"'${{{reference}}}' is not a variable reference; names are letters, digits and '_' not starting with a digit (write '$$' for a literal '$')");
                failed = true;
            }
            else
            {
                var variable = environment.Get(name);
                if (fallback is not null && string.IsNullOrEmpty(variable))
                {
                    result.Append(fallback);
                }
                else if (variable is null)
                {
                    diagnostics.Add(position, $"environment variable '{name}' is not set; set it, or give a default with ${{{name}:-value}}");
                    failed = true;
                }
                else
                {
                    result.Append(variable);
                }
            }

            i = close + 1;
        }

        return failed ? null : result.ToString();
    }

    internal static bool IsVariableName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds the n-th <c>${</c> of the scalar in the source text (the raw text holds the same dollar signs as the
    /// value: YAML escapes never produce them in practice), so the error points at the reference itself.
    /// Falls back to the scalar's start when the raw text does not line up.
    /// </summary>
    private SourcePosition ReferencePosition(ScalarNode node, int referenceIndex)
    {
        var start = (int)Math.Clamp(node.Start.Index, 0, sourceText.Length);
        var end = (int)Math.Clamp(node.EndIndex, start, sourceText.Length);
        var seen = 0;
        var i = start;
        while (i < end - 1)
        {
            if (sourceText[i] == '$' && sourceText[i + 1] == '$')
            {
                i += 2;
                continue;
            }

            if (sourceText[i] == '$' && sourceText[i + 1] == '{')
            {
                if (seen++ == referenceIndex)
                {
                    return PositionOf(node.Start, start, i);
                }
            }

            i++;
        }

        return node.Start;
    }

    private SourcePosition PositionOf(SourcePosition scalarStart, int scalarStartIndex, int index)
    {
        var line = scalarStart.Line;
        var column = scalarStart.Column;
        for (var i = scalarStartIndex; i < index; i++)
        {
            if (sourceText[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new SourcePosition(line, column, index);
    }
}
