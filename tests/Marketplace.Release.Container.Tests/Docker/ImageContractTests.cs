using System.Text.Json;
using Marketplace.Release.Container.Tests.Fixtures;

namespace Marketplace.Release.Container.Tests.Docker;

/// <summary>What GitHub's runner and Bitbucket rely on: entrypoint, root, no WORKDIR, no arguments of its own.</summary>
[TestFixture]
internal sealed class ImageContractTests
{
    [Test]
    public async Task The_image_prints_its_version()
    {
        var run = await DockerCli.RunAsync([.. ContainerImage.RunOptions, ContainerImage.Tag, "--version"], TimeSpan.FromMinutes(1));

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var expected = typeof(Cli.CliApp).Assembly.GetName().Version!.ToString(3);
        Assert.That(run.Out.Trim(), Does.StartWith(expected));
    }

    [Test]
    public async Task The_entrypoint_is_the_cli_run_as_root_with_no_workdir_and_no_command()
    {
        var inspect = await DockerCli.RunAsync(["image", "inspect", "--format", "{{json .Config}}", ContainerImage.Tag], TimeSpan.FromMinutes(1));

        Assert.That(inspect.ExitCode, Is.Zero, inspect.ToString());
        using var config = JsonDocument.Parse(inspect.Out);
        var root = config.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "/usr/local/bin/marketplace-release" }));
            Assert.That(root.TryGetProperty("Cmd", out var cmd) ? cmd.ValueKind : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null), "the runner passes no args; the CLI decides");
            Assert.That(root.GetProperty("User").GetString(), Is.AnyOf("root", "0"));
            // Docker leaves out an empty WorkingDir.
            Assert.That(root.TryGetProperty("WorkingDir", out var workdir) ? workdir.GetString() : string.Empty, Is.AnyOf(string.Empty, "/"));
        });
    }

    [Test]
    public async Task Without_arguments_outside_CI_it_is_a_usage_error_not_a_publish()
    {
        var run = await DockerCli.RunAsync([.. ContainerImage.RunOptions, ContainerImage.Tag], TimeSpan.FromMinutes(1));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error, Does.Contain("--help"));
        Assert.That(run.Out, Does.Not.Contain("Publishing "));
    }
}
