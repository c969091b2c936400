using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Init;

/// <summary>What <c>init</c> read of the app's presence (docs/marketplace-api.md § Presence sections); each part null when the Marketplace holds none (404).</summary>
internal sealed record LivePresence(string DeveloperId, AppListing? AppListing, MigrationInfo? Migration, JsonObject? PrivacyAnswers);
