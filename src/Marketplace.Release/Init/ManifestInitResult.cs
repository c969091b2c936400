using Marketplace.Release.Reporting;

namespace Marketplace.Release.Init;

/// <summary>What <c>init</c> produced: the manifest's text, or why it could not.</summary>
/// <param name="VersionNumber">The live version the manifest was written from.</param>
public sealed record ManifestInitResult(string? Manifest, ReleaseFailure? Failure, string? VersionNumber, long? BuildNumber)
{
    public int ExitCode => Failure?.ExitCode ?? 0;
}
