using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.Container.Tests.Fixtures;
using Marketplace.Release.Pipeline;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Container.Tests.Metadata;

/// <summary>action.yml as GitHub reads it: a docker action with the inputs and outputs of docs/marketplace-api.md § Front ends.</summary>
[TestFixture]
internal sealed class ActionMetadataTests
{
    private static readonly string[] Inputs = ["manifest", "user", "api-token", "base-url", "dry-run", "detailed-exitcode", "report", "github-token", "timeout", "wait-for-approval", "targets"];
    private static readonly string[] Outputs = ["artifact-id", "app-software-id", "build-number", "version-number", "listing-state", "approval-status", "version-url", "changes", "targets", "result"];

    private YamlMappingNode action = null!;

    [OneTimeSetUp]
    public void Load() => action = YamlFile.Load("action.yml");

    [Test]
    public void It_is_a_docker_action_with_name_description_and_image()
    {
        var runs = action.Mapping("runs");
        Assert.Multiple(() =>
        {
            Assert.That(action.Scalar("name"), Is.Not.Empty);
            Assert.That(action.Scalar("description"), Is.Not.Empty);
            Assert.That(runs.Scalar("using"), Is.EqualTo("docker"));
            Assert.That(runs.Scalar("image"), Is.EqualTo("Dockerfile").Or.StartWith("docker://"));
            // The CLI decides what to run from its host; arguments here would bypass that.
            Assert.That(runs.Child("args"), Is.Null);
            Assert.That(runs.Child("entrypoint"), Is.Null);
        });
    }

    [Test]
    public void Every_input_of_the_spec_is_declared_with_a_description_and_nothing_else()
    {
        var inputs = action.Mapping("inputs");
        Assert.That(inputs.Keys(), Is.EquivalentTo(Inputs));
        Assert.Multiple(() =>
        {
            foreach (var name in Inputs)
            {
                Assert.That(inputs.Mapping(name).Scalar("description"), Is.Not.Empty, name);
                Assert.That(inputs.Mapping(name).Scalar("required"), Is.EqualTo("false"), $"{name}: credentials may come from the job's environment");
            }

            Assert.That(inputs.Mapping("manifest").Scalar("default"), Is.EqualTo("marketplace-release.yml"));
            Assert.That(inputs.Mapping("github-token").Scalar("default"), Is.EqualTo("${{ github.token }}"));
        });
    }

    [Test]
    public void Every_output_of_the_spec_is_declared_and_written_by_the_host()
    {
        var outputs = action.Mapping("outputs");
        Assert.That(outputs.Keys(), Is.EquivalentTo(Outputs));
        Assert.Multiple(() =>
        {
            foreach (var name in Outputs)
            {
                Assert.That(outputs.Mapping(name).Scalar("description"), Is.Not.Empty, name);
            }
        });

        var written = GitHubActionsHost.Outputs(new ReleaseResult { Status = ReleaseStatus.Planned, ExitCode = 0 }).Select(p => p.Key);
        Assert.That(written, Is.EquivalentTo(Outputs));
    }
}
