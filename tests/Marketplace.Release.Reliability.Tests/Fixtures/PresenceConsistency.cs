using System.Text.Json.Nodes;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// What "converged" means for the presence sections of <see cref="PresenceWorkspace"/>: the app listing, the migration
/// record and the live privacy answers show the manifest, no draft is left, and the answers were published once.
/// </summary>
internal static class PresenceConsistency
{
    public static IReadOnlyList<string> Problems(TestSandbox sandbox)
    {
        var problems = new List<string>();
        var presence = sandbox.State.Presence;
        var listing = presence.AppListing(PresenceWorkspace.ProductId)!;
        if (Text(listing["summary"]) != PresenceWorkspace.Summary)
        {
            problems.Add($"app listing summary is '{Text(listing["summary"])}'");
        }

        if (Text(listing["images"]?["iconFileId"]) is not { } icon || !sandbox.State.HasImage(icon))
        {
            problems.Add("the app listing's icon is not an uploaded image");
        }

        var migration = presence.Migration(PresenceWorkspace.ProductId);
        if (Text(migration?["migrationPath"]) != PresenceWorkspace.MigrationPath || Text(migration?["cloudMigrationAssistantCompatibility"]) != PresenceWorkspace.AssistantCompatibility)
        {
            problems.Add($"migration record is {migration?.ToJsonString() ?? "missing"}");
        }

        if (!JsonNode.DeepEquals(presence.PrivacySecurityLive(PresenceWorkspace.ProductId)?["commonCloud"], PresenceWorkspace.PrivacyAnswers))
        {
            problems.Add("the live privacy answers are not the file's");
        }

        if (presence.PrivacySecurityDraft(PresenceWorkspace.ProductId) is not null)
        {
            problems.Add("a privacy draft is left");
        }

        if (presence.PrivacySecurityPublishCount(PresenceWorkspace.ProductId) is var published and not 1)
        {
            problems.Add($"privacy answers published {published} times");
        }

        return problems;
    }

    /// <summary>A write a run sent: nothing may be sent once everything has converged.</summary>
    public static bool IsWrite(RecordedRequest request) => request.Method is "POST" or "PUT" or "PATCH" or "DELETE";

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
