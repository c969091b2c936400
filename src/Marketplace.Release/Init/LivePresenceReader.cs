using Marketplace.Release.Api;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Failures;
using Marketplace.Release.Running;

namespace Marketplace.Release.Init;

/// <summary>Reads the app's presence (docs/marketplace-api.md § Presence sections) for <c>init</c>; reads only, and the same reads <c>plan</c> makes.</summary>
internal static class LivePresenceReader
{
    public static async Task<LivePresence> ReadAsync(MarketplaceClient client, string developerId, string appKey, ISettingNames names, CancellationToken cancellationToken)
    {
        var found = await client.FindDeveloperListingAsync(developerId, appKey, cancellationToken)
            ?? throw new ReleaseFailedException(FailureKind.Refused,
                $"the developer space {developerId} lists no app with the key '{appKey}'",
                $"check {names[Setting.DeveloperId]} (or {ReleaseVariables.DeveloperId}): it is the id of the developer space the app belongs to");
        var productId = found.ProductId!;
        var listing = await client.GetAppListingAsync(productId, cancellationToken);
        var migration = await client.GetMigrationAsync(productId, cancellationToken);

        // The live answers, as plan compares them (docs/marketplace-api.md § Presence sections: "compares with the live answers (?state=live)").
        var privacy = await client.GetPrivacySecurityAsync(productId, PrivacySecurityState.Live, cancellationToken);
        return new LivePresence(developerId, listing, migration, Pipeline.Presence.PrivacyAnswers.Answers(privacy?.CommonCloud));
    }
}
