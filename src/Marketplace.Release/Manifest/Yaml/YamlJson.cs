using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Marketplace.Release.Manifest.Yaml;

/// <summary>
/// Turns a node tree into JSON with the YAML 1.2 core schema's types: a plain <c>true</c>/<c>false</c> is a boolean,
/// a plain <c>null</c>/<c>~</c>/nothing is null, a plain integer or decimal number is a number, everything else
/// (and every quoted scalar) is a string. A JSON file reads the same, JSON being YAML 1.2. No reflection (AOT safe).
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? ToJson(ManifestNode node) => node switch
    {
        MappingNode mapping => new JsonObject(mapping.Entries.Select(entry => KeyValuePair.Create(entry.Key.Value, ToJson(entry.Value)))),
        SequenceNode sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        ScalarNode scalar => Scalar(scalar),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "not a YAML node kind"),
    };

    private static JsonNode? Scalar(ScalarNode scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(scalar.Value);
        }

        if (scalar.IsNull)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(scalar.Value) && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(scalar.Value) && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(scalar.Value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
