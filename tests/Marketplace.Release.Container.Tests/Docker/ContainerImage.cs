using Marketplace.Release.Container.Tests.Fixtures;

namespace Marketplace.Release.Container.Tests.Docker;

/// <summary>
/// Builds the image from the repository's Dockerfile once for every test in this namespace. Without a Docker
/// daemon the tests fail under CI (CI=true), where the image is part of what is tested, and are ignored elsewhere.
/// </summary>
[SetUpFixture]
internal sealed class ContainerImage
{
    public const string Tag = "marketplace-release:container-tests";
    private const string LocalSdk = "marketplace-release/sdk:local";
    private const string LocalRuntime = "marketplace-release/runtime-deps:local";

    /// <summary>docker run options every test container gets: the sandbox listens on the host's 127.0.0.1.</summary>
    public static IReadOnlyList<string> RunOptions { get; } = ["run", "--rm", "--network", "host"];

    [OneTimeSetUp]
    public async Task BuildAsync()
    {
        var info = await DockerCli.RunAsync(["info", "--format", "{{.ServerVersion}}"], TimeSpan.FromSeconds(30));
        if (info.ExitCode != 0)
        {
            var message = $"no Docker daemon ({info.Error.Trim()}). Run `bash .ci/docker-setup.sh` as root (starts dockerd, builds the local base images)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("container tests need Docker in CI: " + message);
            }

            Assert.Ignore("container tests skipped: " + message);
        }

        var build = new List<string> { "build", "--network", "host", "-t", Tag };
        // The base images .ci/docker-setup.sh assembles on a machine without registry access; elsewhere the
        // Dockerfile's defaults (the public Microsoft images).
        foreach (var (argument, image) in new[] { ("SDK_IMAGE", LocalSdk), ("RUNTIME_IMAGE", LocalRuntime) })
        {
            if ((await DockerCli.RunAsync(["image", "inspect", image], TimeSpan.FromSeconds(30))).ExitCode == 0)
            {
                build.AddRange(["--build-arg", $"{argument}={image}"]);
            }
        }

        build.Add(Repository.Root);
        var result = await DockerCli.RunAsync(build, TimeSpan.FromMinutes(30));
        Assert.That(result.ExitCode, Is.Zero, "docker build failed:\n" + Tail(result.Out + result.Error, 60));
    }

    private static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));
}
