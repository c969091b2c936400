using Marketplace.Release.Container.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Release.Container.Tests.Metadata;

/// <summary>pipe.yml: the pipe's image and the variables of docs/marketplace-api.md § Front ends, each described.</summary>
[TestFixture]
internal sealed class PipeMetadataTests
{
    private static readonly string[] Variables = ["MARKETPLACE_USER", "MARKETPLACE_API_TOKEN", "MANIFEST", "DRY_RUN", "DETAILED_EXITCODE", "REPORT", "MARKETPLACE_DEVELOPER_ID", "BASE_URL", "TIMEOUT", "WAIT_FOR_APPROVAL", "TARGETS", "DEBUG"];

    private YamlMappingNode pipe = null!;

    [OneTimeSetUp]
    public void Load() => pipe = YamlFile.Load("pipe.yml");

    [Test]
    public void It_names_the_pipe_its_image_and_description()
    {
        Assert.Multiple(() =>
        {
            Assert.That(pipe.Scalar("name"), Is.Not.Empty);
            Assert.That(pipe.Scalar("description"), Is.Not.Empty);
            Assert.That(pipe.Scalar("image"), Does.Match(@"^[a-z0-9./-]+/marketplace-release:[0-9A-Za-z.-]+$"));
        });
    }

    [Test]
    public void Every_variable_of_the_spec_is_listed_with_a_description()
    {
        var variables = ((YamlSequenceNode)pipe.Child("variables")!).Children.Cast<YamlMappingNode>().ToList();
        Assert.That(variables.Select(v => v.Scalar("name")), Is.EquivalentTo(Variables));
        Assert.Multiple(() =>
        {
            foreach (var variable in variables)
            {
                Assert.That(variable.Scalar("description"), Is.Not.Empty, variable.Scalar("name"));
            }

            var token = variables.Single(v => v.Scalar("name") == "MARKETPLACE_API_TOKEN");
            Assert.That(token.Scalar("secret"), Is.EqualTo("true"), "the token must be a secured variable");
            Assert.That(variables.Single(v => v.Scalar("name") == "MANIFEST").Scalar("default"), Is.EqualTo("marketplace-release.yml"));
        });
    }
}
