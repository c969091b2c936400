using Marketplace.Sandbox;

namespace Marketplace.Release.Container.Tests.Fixtures;

/// <summary>The sandbox in this test process on 127.0.0.1; containers reach it through the host's network.</summary>
internal static class ContainerSandbox
{
    public const string User = "sandbox@example.com";
    public const string Token = "sandbox-token";
    public const string AppKey = "com.example.timesheets";
    public const long Build = 100400000;

    public static Task<SandboxServer> StartAsync()
    {
        var seed = SandboxSeed.Default;
        // Processing in a fraction of a second and no spacing between uploads: the waits are tested elsewhere.
        seed.ProcessingDelay = TimeSpan.FromMilliseconds(300);
        seed.UploadSpacing = TimeSpan.Zero;
        return SandboxServer.StartAsync(new SandboxOptions { Port = 0, Seed = seed });
    }
}
