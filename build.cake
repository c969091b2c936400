// The repository's own build: `dotnet tool restore && dotnet cake [--target=NAME] [--configuration=Release]`.
// Tasks (see README "Building"): Clean, Restore, Build, Test, Pack, PublishCli, Docker, Default (Build, Test, Pack, PublishCli).

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
// The native CLI is built for this machine unless --runtime says otherwise (e.g. linux-arm64, osx-arm64, win-x64).
var runtime = Argument("runtime", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
var version = Argument("package-version", EnvironmentVariable("VERSION") ?? "");
var dockerTag = Argument("docker-tag", "marketplace-release:dev");

var solution = File("./MarketplaceRelease.slnx");
var artifacts = Directory("./artifacts");
var packages = artifacts + Directory("packages");
var toolPackages = artifacts + Directory("nuget");
var cli = artifacts + Directory("cli") + Directory(runtime);

// -p:Version only when asked: otherwise the version in Directory.Build.props stands.
DotNetMSBuildSettings VersionProperties() =>
    string.IsNullOrEmpty(version) ? new DotNetMSBuildSettings() : new DotNetMSBuildSettings().WithProperty("Version", version);

Task("Clean")
    .Description("Removes artifacts/ and every project's bin/ and obj/ output.")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution.Path.FullPath, new DotNetCleanSettings { Configuration = configuration, NoLogo = true });
});

Task("Restore")
    .Description("Restores the solution's packages (and downloads Cake.Tool for the addin's Cake.Core reference).")
    .Does(() =>
{
    DotNetRestore(solution.Path.FullPath);
});

Task("Build")
    .Description("Builds every project; warnings are errors.")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution.Path.FullPath, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
        NoLogo = true,
        MSBuildSettings = VersionProperties(),
    });
});

Task("Test")
    .Description("Runs every test project, the Cake addin's tests under the real Cake runner included.")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution.Path.FullPath, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        NoLogo = true,
    });
});

Task("Pack")
    .Description("Packs the Cake addin into artifacts/packages/Cake.Marketplace.<version>.nupkg and the CLI as a .NET tool into artifacts/nuget/marketplace-release.<version>.nupkg.")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetPack("./src/Cake.Marketplace/Cake.Marketplace.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        NoLogo = true,
        OutputDirectory = packages,
        MSBuildSettings = VersionProperties(),
    });
    // The framework-dependent tool package (README "Install"): dotnet tool install -g marketplace-release --add-source artifacts/nuget
    DotNetPack("./action/Marketplace.Release.Cli.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        NoLogo = true,
        OutputDirectory = toolPackages,
        MSBuildSettings = VersionProperties(),
    });
});

Task("PublishCli")
    .Description("Publishes the CLI as a Native AOT executable into artifacts/cli/<runtime>/ (needs clang and zlib headers).")
    .Does(() =>
{
    DotNetPublish("./action/Marketplace.Release.Cli.csproj", new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = runtime,
        NoLogo = true,
        OutputDirectory = cli,
        MSBuildSettings = VersionProperties().WithProperty("PublishAot", "true"),
    });
    Information("Native CLI: {0}", cli + File(IsRunningOnWindows() ? "marketplace-release.exe" : "marketplace-release"));
});

Task("Docker")
    .Description("Builds the Docker image (the GitHub Action and Bitbucket pipe) when Docker is there; skipped otherwise. --sdk-image and --runtime-image replace the base images.")
    .WithCriteria(() => DockerIsThere(), "Docker is not available on this machine")
    .Does(() =>
{
    var arguments = new ProcessArgumentBuilder().Append("build").Append("--tag").AppendQuoted(dockerTag);
    foreach (var (name, value) in new[] { ("SDK_IMAGE", Argument("sdk-image", "")), ("RUNTIME_IMAGE", Argument("runtime-image", "")), ("VERSION", version) })
    {
        if (!string.IsNullOrEmpty(value))
        {
            arguments.Append("--build-arg").AppendQuoted($"{name}={value}");
        }
    }

    if (HasArgument("docker-network"))
    {
        arguments.Append("--network").AppendQuoted(Argument<string>("docker-network"));
    }

    var exitCode = StartProcess("docker", new ProcessSettings { Arguments = arguments.Append("."), WorkingDirectory = "." });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"docker build failed with exit code {exitCode}");
    }
});

Task("Default")
    .Description("Build, Test, Pack and PublishCli.")
    .IsDependentOn("Test")
    .IsDependentOn("Pack")
    .IsDependentOn("PublishCli");

// `docker info` answers only when a daemon is reachable; a client alone cannot build.
bool DockerIsThere()
{
    try
    {
        return StartProcess("docker", new ProcessSettings { Arguments = "info", RedirectStandardOutput = true, RedirectStandardError = true }) == 0;
    }
    catch (Exception)
    {
        return false;
    }
}

RunTarget(target);
