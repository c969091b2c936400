using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Docs.Tests.Markdown;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Docs.Tests.Examples;

/// <summary>
/// Documented CI files: a GitHub workflow (or a list of its steps) and bitbucket-pipelines.yml (or its steps). Every
/// input given to the action must be one of action.yml's inputs; every variable given to the pipe one of pipe.yml's,
/// or a variable a documented manifest interpolates (the pipe passes those on, README "Bitbucket Pipelines").
/// </summary>
internal static class WorkflowExample
{
    private static readonly Lazy<HashSet<string>> ActionInputs = new(() =>
        [.. ((YamlMappingNode)Yaml.Parse(ReadRepositoryFile("action.yml")).Get("inputs")!).Children.Keys.Select(key => key.Scalar()!)]);

    private static readonly Lazy<HashSet<string>> PipeVariables = new(() =>
        [.. ((YamlSequenceNode)Yaml.Parse(ReadRepositoryFile("pipe.yml")).Get("variables")!).Children.Select(variable => variable.Get("name").Scalar()!)]);

    /// <summary>The problems of a GitHub workflow (<paramref name="stepsOnly"/>: a YAML list of steps); none when it holds.</summary>
    public static IEnumerable<string> GitHubProblems(string text, bool stepsOnly)
    {
        var root = Yaml.Parse(text);
        IEnumerable<YamlNode> steps;
        if (stepsOnly)
        {
            if (root is not YamlSequenceNode list)
            {
                yield return "workflow-steps must be a YAML list of steps";
                yield break;
            }

            steps = list.Children;
        }
        else
        {
            if (root.Get("on") is null)
            {
                yield return "a workflow needs 'on:'";
            }

            if (root.Get("jobs") is not YamlMappingNode jobs)
            {
                yield return "a workflow needs 'jobs:'";
                yield break;
            }

            steps = jobs.Children.Values.SelectMany(job => job.Get("steps") is YamlSequenceNode list ? list.Children : []);
        }

        var ours = 0;
        foreach (var step in steps)
        {
            if (step.Get("uses").Scalar() is not { } uses || !uses.Contains("marketplace-release/marketplace-release", StringComparison.Ordinal))
            {
                continue;
            }

            ours++;
            foreach (var input in step.Get("with") is YamlMappingNode with ? with.Children.Keys.Select(key => key.Scalar()!) : [])
            {
                if (!ActionInputs.Value.Contains(input))
                {
                    yield return $"'with: {input}' is not an input of action.yml (inputs: {string.Join(", ", ActionInputs.Value)})";
                }
            }
        }

        if (ours == 0)
        {
            yield return "no step uses marketplace-release/marketplace-release: nothing of ours to check";
        }
    }

    /// <summary>The problems of bitbucket-pipelines.yml or a part of it; none when it holds.</summary>
    public static IEnumerable<string> BitbucketProblems(string text, IReadOnlySet<string> manifestVariables)
    {
        var pipes = Yaml.Parse(text).Descendants().OfType<YamlMappingNode>()
            .Where(node => node.Get("pipe").Scalar() is { } pipe && pipe.Contains("marketplace-release", StringComparison.Ordinal))
            .ToList();
        if (pipes.Count == 0)
        {
            yield return "no marketplace-release pipe: nothing of ours to check";
        }

        foreach (var variable in pipes.SelectMany(pipe => pipe.Get("variables") is YamlMappingNode variables ? variables.Children.Keys.Select(key => key.Scalar()!) : []))
        {
            if (!PipeVariables.Value.Contains(variable) && !manifestVariables.Contains(variable))
            {
                yield return $"pipe variable '{variable}' is neither in pipe.yml ({string.Join(", ", PipeVariables.Value)}) nor interpolated by a documented manifest";
            }
        }
    }

    private static string ReadRepositoryFile(string relativePath) => File.ReadAllText(Path.Join(RepositoryPaths.Root, relativePath));
}
