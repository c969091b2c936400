using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Docs.Tests.Markdown;

/// <summary>YAML as a tree (YamlDotNet's representation model), for the docs' workflows and the repository's metadata.</summary>
internal static class Yaml
{
    /// <summary>The root node of the single document in <paramref name="text"/>; throws YamlException when it is not YAML.</summary>
    public static YamlNode? Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    /// <summary>Every node of the tree, depth first.</summary>
    public static IEnumerable<YamlNode> Descendants(this YamlNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
            YamlSequenceNode sequence => sequence.Children,
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}
