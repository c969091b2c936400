using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Docs.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Install;

/// <summary>
/// The CLI as a .NET tool (README "Install"): packed from this checkout into a local folder, installed from that folder
/// with <c>dotnet tool install</c>, and run. The package gets a version no earlier run used, and NuGet's package cache
/// is a temp folder, so a stale package from another run can never answer for this code.
/// </summary>
public sealed class ToolPackageTests
{
    [Test]
    public async Task The_tool_package_installs_from_a_local_folder_and_runs_demo_and_version()
    {
        var root = Directory.CreateTempSubdirectory("marketplace-release-tool-").FullName;
        try
        {
            var version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];
            var feed = Path.Join(root, "feed");
            var environment = new Dictionary<string, string?>
            {
                ["NUGET_PACKAGES"] = Path.Join(root, "packages"),
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["MARKETPLACE_USER"] = null,
                ["MARKETPLACE_API_TOKEN"] = null,
                ["MARKETPLACE_BASE_URL"] = null,
            };

            var pack = await ProcessRun.RunAsync("dotnet",
                ["pack", Path.Join(RepositoryPaths.Root, "action"), "-c", BuildInfo.Configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}", "-nologo"],
                RepositoryPaths.Root, environment, TimeSpan.FromMinutes(3));
            Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
            Assert.That(File.Exists(Path.Join(feed, $"marketplace-release.{version}.nupkg")), Is.True, pack.ToString());

            var tools = Path.Join(root, "tools");
            var install = await ProcessRun.RunAsync("dotnet",
                ["tool", "install", "marketplace-release", "--tool-path", tools, "--add-source", feed, "--version", version],
                root, environment, TimeSpan.FromMinutes(3));
            Assert.That(install.ExitCode, Is.Zero, install.ToString());
            var command = Path.Join(tools, OperatingSystem.IsWindows() ? "marketplace-release.exe" : "marketplace-release");

            var printed = await ProcessRun.RunAsync(command, ["--version"], root, environment, TimeSpan.FromMinutes(1));
            Assert.That(printed.ExitCode, Is.Zero, printed.ToString());
            Assert.That(printed.Output.Trim(), Is.EqualTo(BuildInfo.ProductVersion));

            var demo = await ProcessRun.RunAsync(command, ["demo"], root, environment, TimeSpan.FromMinutes(2));
            Assert.That(demo.ExitCode, Is.Zero, demo.ToString());
            Assert.That(demo.Output, Does.Contain("✔ published com.example.timesheets 1.4.0"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
