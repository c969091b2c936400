using Marketplace.Release.Failures;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Init;

/// <summary>What <c>init</c> produced: the manifest's text, or why it could not.</summary>
/// <param name="VersionNumber">The live version the manifest was written from.</param>
public sealed record ManifestInitResult(string? Manifest, ReleaseFailure? Failure, string? VersionNumber, long? BuildNumber)
{
    /// <summary>The file the manifest was written to; null when it was only returned.</summary>
    public string? OutputPath { get; init; }

    /// <summary>The live privacy and security answers (the <c>commonCloud</c> object as JSON) for the file the manifest's <c>privacySecurity.file</c> names; null when none is written.</summary>
    public string? PrivacyAnswers { get; init; }

    /// <summary>The file the privacy answers were written to; null when none was.</summary>
    public string? PrivacyPath { get; init; }

    public int ExitCode => Failure?.ExitCode ?? ExitCodes.Success;

    /// <summary>The line a front end prints last: what was written, or the failure's cause and fix.</summary>
    public string Line => Failure is { } failure
        ? StepLine.CommandFailed("init", failure)
        : $"✔ wrote the manifest of version {VersionNumber} (build {BuildNumber}){(OutputPath is { } path ? $" to {path}" : string.Empty)}{(PrivacyPath is { } privacy ? $" and the privacy and security answers to {privacy}" : string.Empty)}; 'marketplace-release plan' on it changes nothing";
}
