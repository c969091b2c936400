using Marketplace.Release.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Cli.Tests.Hosts;

/// <summary>What action.yml and pipe.yml promise about the inputs the hosts read, checked against the hosts' behaviour.</summary>
[TestFixture]
internal sealed class HostMetadataTests
{
    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Join(WorkspaceBuilder.RepositoryRoot(), file));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<(string Name, string Description)> Described(string file) => file == "action.yml"
        ? ((YamlMappingNode)Load(file).Children["inputs"]).Children.Select(p => (p.Key.ToString(), ((YamlMappingNode)p.Value).Children["description"].ToString()))
        : ((YamlSequenceNode)Load(file).Children["variables"]).Children.Cast<YamlMappingNode>().Select(v => (v.Children["name"].ToString(), v.Children["description"].ToString()));

    [TestCase("action.yml")]
    [TestCase("pipe.yml")]
    public void No_description_claims_the_user_overrides_the_manifest_which_has_no_user(string file) =>
        Assert.That(Described(file).Where(d => d.Description.Contains("manifest", StringComparison.OrdinalIgnoreCase) && d.Name is "user" or "MARKETPLACE_USER"), Is.Empty);

    [Test]
    public void The_approval_wait_is_declared_by_the_action_and_the_pipe_and_listed_in_the_README()
    {
        var readme = File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "README.md"));

        Assert.That(Described("action.yml").Select(d => d.Name), Does.Contain("wait-for-approval"));
        Assert.That(Described("pipe.yml").Select(d => d.Name), Does.Contain("WAIT_FOR_APPROVAL"));
        Assert.That(readme, Does.Contain("| `wait-for-approval` |").And.Contain("| `WAIT_FOR_APPROVAL` |").And.Contain("`--wait-for-approval DURATION`").And.Contain("WaitForApproval"));
    }

    [Test]
    public void The_pipe_declares_TIMEOUT_like_the_action_declares_timeout_and_the_README_lists_it()
    {
        var readme = File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "README.md"));

        Assert.That(Described("pipe.yml").Select(d => d.Name), Does.Contain("TIMEOUT"));
        Assert.That(Described("action.yml").Select(d => d.Name), Does.Contain("timeout"));
        Assert.That(readme, Does.Contain("| `TIMEOUT` | no | `15m` |"));
    }
}
