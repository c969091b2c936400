using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest.Binding;
using Marketplace.Release.Running;

namespace Marketplace.Release.Init;

/// <summary>
/// <c>marketplace-release init</c> (docs/marketplace-api.md § Init): a manifest written from the live app, for a vendor who brings an app
/// released by hand under a manifest. Reads only; checks its inputs before the first request, like a release.
/// </summary>
public static class ManifestInit
{
    /// <returns>The manifest's text (and the file it was written to), or the failure with its exit code.</returns>
    public static async Task<ManifestInitResult> RunAsync(IEnvironmentReader environment, InitRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(request);
        var mask = SecretMask.For(environment.Get(ReleaseVariables.User), environment.Get(ReleaseVariables.ApiToken), null);
        var developerId = (request.DeveloperId ?? environment.Get(ManifestVocabulary.DeveloperIdVariable)) is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : null;
        if (developerId is not null && !DeveloperIds.IsDeveloperId(developerId))
        {
            return Invalid($"the developer id '{developerId}' (--developer-id or {ManifestVocabulary.DeveloperIdVariable}) is not a UUID. Fix: give the id of the app's developer space, e.g. 2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f");
        }

        var output = request.Output is { } file ? Path.GetFullPath(file, request.WorkingDirectory) : null;
        if (output is not null && File.Exists(output))
        {
            return Invalid($"{output} exists. Fix: choose another --output, or remove the file first (init never overwrites a manifest)");
        }

        var connection = ConnectionReader.Read(environment, new ReleaseRequest { WorkingDirectory = request.WorkingDirectory, BaseUrl = request.BaseUrl }, out var problem);
        if (connection is null)
        {
            return Invalid(problem!);
        }

        var result = await WriteAsync(connection, request.Client, request.Time, request.AppKey, request.Hosting, developerId,
            output is null ? null : PrivacyFileName, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            return result with { Failure = failure with { Cause = mask.Apply(failure.Cause), MarketplaceText = failure.MarketplaceText is { } text ? mask.Apply(text) : null } };
        }

        if (output is not null)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                await File.WriteAllTextAsync(output, result.Manifest, cancellationToken).ConfigureAwait(false);
                if (result.PrivacyAnswers is { } answers)
                {
                    var privacyPath = Path.Combine(Path.GetDirectoryName(output)!, PrivacyFileName);
                    await File.WriteAllTextAsync(privacyPath, answers, cancellationToken).ConfigureAwait(false);
                    result = result with { PrivacyPath = privacyPath };
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Invalid($"could not write {output}: {exception.Message}. Fix: choose an --output in a folder you can write");
            }
        }

        return result with { OutputPath = output };
    }

    /// <summary>The file next to the manifest that holds the live privacy and security answers (the example name of docs/marketplace-api.md § Presence sections).</summary>
    internal const string PrivacyFileName = "privacy-and-security.yml";

    /// <summary>
    /// The manifest of the app's newest version, read through <paramref name="connection"/>; with <paramref name="developerId"/>,
    /// also its presence sections (docs/marketplace-api.md § Presence sections), the privacy answers referenced as <paramref name="privacyFile"/> when given.
    /// </summary>
    internal static async Task<ManifestInitResult> WriteAsync(
        MarketplaceConnection connection, MarketplaceClientOptions client, TimeProvider time, string appKey, Hosting hosting,
        string? developerId = null, string? privacyFile = null, CancellationToken cancellationToken = default)
    {
        using var marketplace = new MarketplaceClient(connection, client, time);
        try
        {
            var app = await LiveAppReader.ReadAsync(marketplace, appKey, hosting, cancellationToken).ConfigureAwait(false);
            var presence = developerId is null ? null : await LivePresenceReader.ReadAsync(marketplace, developerId, appKey, cancellationToken).ConfigureAwait(false);
            return new ManifestInitResult(InitManifestWriter.Write(app, presence, privacyFile), null, app.Version.VersionNumber, app.Version.BuildNumber)
            {
                // The commonCloud object as the API holds it; JSON is YAML, and the file may be either (docs/marketplace-api.md § Presence sections).
                PrivacyAnswers = privacyFile is not null && presence?.PrivacyAnswers is { } answers ? answers.ToJsonString(PrivacyJson) + "\n" : null,
            };
        }
        catch (ReleaseFailedException failed)
        {
            return new ManifestInitResult(null, failed.Failure, null, null);
        }
        catch (MarketplaceApiException error)
        {
            return new ManifestInitResult(null, FailureExplainer.Explain(error, "init", appKey), null, null);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions PrivacyJson = new() { WriteIndented = true };

    private static ManifestInitResult Invalid(string line)
    {
        var cut = line.IndexOf(". Fix: ", StringComparison.Ordinal);
        return new ManifestInitResult(null, cut < 0
            ? new ReleaseFailure(FailureKind.InvalidInput, line, "see 'marketplace-release init --help'", null)
            : new ReleaseFailure(FailureKind.InvalidInput, line[..cut], line[(cut + ". Fix: ".Length)..], null), null, null);
    }
}
