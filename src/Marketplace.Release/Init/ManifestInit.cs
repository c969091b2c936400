using Marketplace.Release.Api;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Init;

/// <summary>
/// <c>marketplace-release init</c> (spec §10): a manifest written from the live app, for a vendor who brings an app
/// released by hand under a manifest. Reads only; a front end writes the text where the user asked.
/// </summary>
public static class ManifestInit
{
    /// <returns>The manifest's text, or the failure (exit code and one line) when the app could not be read.</returns>
    public static async Task<ManifestInitResult> WriteAsync(
        MarketplaceConnection connection, MarketplaceClientOptions client, TimeProvider time, string appKey, string hosting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        using var marketplace = new MarketplaceClient(connection, client, time);
        try
        {
            var app = await LiveAppReader.ReadAsync(marketplace, appKey, hosting, cancellationToken).ConfigureAwait(false);
            return new ManifestInitResult(InitManifestWriter.Write(app), null, app.Version.VersionNumber, app.Version.BuildNumber);
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
}
