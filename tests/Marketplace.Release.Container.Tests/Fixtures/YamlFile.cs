using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Container.Tests.Fixtures;

/// <summary>A repository YAML file read with YamlDotNet's representation model, and small accessors for assertions.</summary>
internal static class YamlFile
{
    public static YamlMappingNode Load(string relativePath)
    {
        using var reader = new StreamReader(Path.Join(Repository.Root, relativePath));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static YamlNode? Child(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(this YamlMappingNode node, string key) => (node.Child(key) as YamlScalarNode)?.Value;

    public static YamlMappingNode Mapping(this YamlMappingNode node, string key) =>
        node.Child(key) as YamlMappingNode ?? throw new AssertionException($"'{key}' is not a mapping");

    public static IEnumerable<string> Keys(this YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
}
