using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Docs.Tests.Markdown;

/// <summary>
/// How the docs tests decide what a fenced block is. A marker on the line before the fence wins:
/// <c>&lt;!-- docs-test: KIND [text] --&gt;</c>, KIND one of <c>manifest</c>, <c>yaml-fragment</c>, <c>workflow</c>,
/// <c>workflow-steps</c>, <c>bitbucket-pipelines</c>, <c>cake</c>, <c>run</c>, <c>output</c>, <c>skip</c> (skip needs the
/// reason as its text). Without a marker, only these are recognised: YAML whose top level has <c>schema</c> (a
/// manifest), <c>jobs</c> (a GitHub workflow) or <c>pipelines</c> (bitbucket-pipelines.yml), and C# starting with
/// <c>#addin</c> (a Cake script). Anything else is unclassified, and the test fails naming it.
/// </summary>
internal static class BlockClassifier
{
    private static readonly Dictionary<string, BlockKind> MarkerKinds = new(StringComparer.Ordinal)
    {
        ["manifest"] = BlockKind.Manifest,
        ["yaml-fragment"] = BlockKind.YamlFragment,
        ["workflow"] = BlockKind.Workflow,
        ["workflow-steps"] = BlockKind.WorkflowSteps,
        ["bitbucket-pipelines"] = BlockKind.BitbucketPipelines,
        ["cake"] = BlockKind.Cake,
        ["run"] = BlockKind.Run,
        ["output"] = BlockKind.Output,
        ["skip"] = BlockKind.Skip,
    };

    /// <summary>The block's class, or null when nothing classifies it (<paramref name="problem"/> says why).</summary>
    public static BlockClass? Classify(FencedBlock block, out string? problem)
    {
        problem = null;
        if (block.Marker is { } marker)
        {
            var cut = marker.IndexOf(' ', StringComparison.Ordinal);
            var word = cut < 0 ? marker : marker[..cut];
            var text = cut < 0 ? string.Empty : marker[(cut + 1)..].Trim();
            if (!MarkerKinds.TryGetValue(word, out var kind))
            {
                problem = $"unknown docs-test kind '{word}'; use one of {string.Join(", ", MarkerKinds.Keys)}";
                return null;
            }

            if (kind == BlockKind.Skip && text.Length == 0)
            {
                problem = "a skipped block must say why: <!-- docs-test: skip REASON -->";
                return null;
            }

            return new BlockClass(kind, text.Length == 0 ? $"marker '{word}'" : text);
        }

        if (block.Language is "yaml" or "yml" && TopLevelKeys(block.Text) is { } keys)
        {
            if (keys.Contains("schema"))
            {
                return new BlockClass(BlockKind.Manifest, "YAML with a top-level 'schema' key");
            }

            if (keys.Contains("jobs"))
            {
                return new BlockClass(BlockKind.Workflow, "YAML with a top-level 'jobs' key");
            }

            if (keys.Contains("pipelines"))
            {
                return new BlockClass(BlockKind.BitbucketPipelines, "YAML with a top-level 'pipelines' key");
            }
        }

        if (block.Language is "csharp" or "cs" or "cake" && block.Text.TrimStart().StartsWith("#addin", StringComparison.Ordinal))
        {
            return new BlockClass(BlockKind.Cake, "C# starting with #addin");
        }

        problem = "unclassified: put <!-- docs-test: KIND [text] --> on the line before the fence "
            + "(KIND: manifest, yaml-fragment, workflow, workflow-steps, bitbucket-pipelines, cake, run, output, or skip REASON)";
        return null;
    }

    /// <summary>The keys of the top-level mapping, or null when the text is not a YAML mapping.</summary>
    public static HashSet<string>? TopLevelKeys(string yaml)
    {
        try
        {
            return Yaml.Parse(yaml) is YamlMappingNode mapping
                ? [.. mapping.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value ?? string.Empty)]
                : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }
}
