using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest.Binding;
using Marketplace.Release.Running;

namespace Marketplace.Release.Init;

/// <summary>
/// <c>init</c> (docs/marketplace-api.md § Init): a manifest written from the live app, for a vendor who brings an app
/// released by hand under a manifest. Reads only; checks its inputs before the first request, like a release.
/// </summary>
internal static class ManifestInit
{
    /// <summary>
    /// Init as the release session runs it (<see cref="ReleaseSession.InitAsync"/>): the inputs checked before the first
    /// request, the connection and client options read as a release reads them, messages worded in the front end's names.
    /// </summary>
    /// <returns>The manifest's text (and the file it was written to), or the failure with its exit code; unmasked: the session masks.</returns>
    public static async Task<ManifestInitResult> RunAsync(IEnvironmentReader environment, ReleaseRequest release, InitRequest request, CancellationToken cancellationToken)
    {
        var names = release.SettingNames;
        var developerId = (request.DeveloperId ?? environment.Get(ReleaseVariables.DeveloperId)) is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : null;
        if (developerId is not null && !DeveloperIds.IsDeveloperId(developerId))
        {
            return Invalid($"the developer id '{developerId}' ({names[Setting.DeveloperId]} or {ReleaseVariables.DeveloperId}) is not a UUID",
                "give the id of the app's developer space, e.g. 2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f");
        }

        var output = request.Output is { } file ? Path.GetFullPath(file, release.WorkingDirectory) : null;
        if (output is not null && File.Exists(output))
        {
            return Invalid($"{output} exists", $"choose another {names[Setting.Output]}, or remove the file first (init never overwrites a manifest)");
        }

        var connection = ConnectionReader.Read(environment, release, out var problem);
        var options = connection is null ? null : OptionsReader.Read(release, connection, null, out problem);
        if (options is null)
        {
            return new ManifestInitResult(null, problem, null, null);
        }

        var result = await WriteAsync(options.Connection, options.Client, options.TimeProvider, request.AppKey, request.Hosting, developerId,
            output is null ? null : PrivacyFileName, names, cancellationToken).ConfigureAwait(false);
        if (result.Failure is not null || output is null)
        {
            return result;
        }

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
            return Invalid($"could not write {output}: {exception.Message}", $"choose an {names[Setting.Output]} in a folder you can write");
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
        string? developerId = null, string? privacyFile = null, ISettingNames? names = null, CancellationToken cancellationToken = default)
    {
        names ??= ISettingNames.Neutral;
        using var marketplace = new MarketplaceClient(connection, client, time);
        try
        {
            var app = await LiveAppReader.ReadAsync(marketplace, appKey, hosting, names, cancellationToken).ConfigureAwait(false);
            var presence = developerId is null ? null : await LivePresenceReader.ReadAsync(marketplace, developerId, appKey, names, cancellationToken).ConfigureAwait(false);
            return new ManifestInitResult(InitManifestWriter.Write(app, presence, privacyFile, names), null, app.Version.VersionNumber, app.Version.BuildNumber)
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
            return new ManifestInitResult(null, FailureExplainer.Explain(error, "init", appKey, names), null, null);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions PrivacyJson = new() { WriteIndented = true };

    private static ManifestInitResult Invalid(string cause, string fix) => new(null, ReleaseFailure.InvalidInput(cause, fix), null, null);
}
