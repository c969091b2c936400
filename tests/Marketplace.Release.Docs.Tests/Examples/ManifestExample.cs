using Marketplace.Release.Docs.Tests.Markdown;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;
using Marketplace.Sandbox.Samples;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Docs.Tests.Examples;

/// <summary>
/// A documented manifest, loaded by the real loader (<see cref="ManifestLoader"/>) in a temp workspace that holds the
/// files it names (the artifact glob with <c>*</c> as the version, every <c>image:</c>, the releaseNotesFile, the
/// privacySecurity file), with the variables a workflow would set.
/// </summary>
internal static class ManifestExample
{
    public const string Version = "1.4.0";

    /// <summary>What the documented workflows set: VERSION from the tag, and GitHub's own variables.</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>
    {
        ["VERSION"] = Version,
        ["GITHUB_TOKEN"] = "docs-test-token",
        ["GITHUB_REPOSITORY"] = "octo-org/timesheets",
    };

    /// <summary>Loads the manifest; throws <see cref="ManifestException"/> (with every diagnostic) when it is invalid.</summary>
    public static ReleasePlan Load(string manifestText)
    {
        var workspace = Directory.CreateTempSubdirectory("marketplace-release-docs-manifest-").FullName;
        try
        {
            var path = Path.Join(workspace, "marketplace-release.yml");
            File.WriteAllText(path, manifestText);
            var root = Yaml.Parse(manifestText);
            if (root.Get("version").Get("artifact").Scalar() is { } artifact)
            {
                Write(workspace, artifact.Replace("**/", "", StringComparison.Ordinal).Replace("*", Version, StringComparison.Ordinal).Replace("?", "x", StringComparison.Ordinal), SampleFiles.PluginJar(version: Version));
            }

            // With targets: each target's artifact holds its own version, and the changelog has a section per version.
            var targets = (root.Get("targets") as YamlSequenceNode)?.Children ?? [];
            var versions = new List<string> { Version };
            foreach (var target in targets)
            {
                var number = target.Get("version").Get("number").Scalar() ?? Version;
                versions.Add(number);
                if (target.Get("version").Get("artifact").Scalar() is { } targetArtifact)
                {
                    Write(workspace, targetArtifact.Replace("*", number, StringComparison.Ordinal), SampleFiles.PluginJar(version: number));
                }
            }

            if (root.Get("version").Get("releaseNotesFile").Scalar() is { } changelog)
            {
                var sections = string.Concat(versions.Distinct().Select(number => $"## [{number}] - 2026-11-20\n- Export is now 3x faster.\n\n"));
                Write(workspace, changelog, System.Text.Encoding.UTF8.GetBytes($"# Changelog\n\n{sections}"));
            }

            if (root.Get("privacySecurity").Get("file").Scalar() is { } privacy)
            {
                Write(workspace, privacy, System.Text.Encoding.UTF8.GetBytes("logDetails:\n  logEndUserData: true\n  logsIntegralForAppFunctionality: false\n"));
            }

            foreach (var image in root.Descendants().OfType<YamlMappingNode>().Select(node => node.Get("image").Scalar()).OfType<string>())
            {
                Write(workspace, image, SampleFiles.Png(64, 40));
            }

            return ManifestLoader.Load(path, new DictionaryEnvironment(Environment), workspace);
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    private static void Write(string workspace, string relativePath, byte[] content)
    {
        var path = Path.GetFullPath(Path.Join(workspace, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}
