using Marketplace.Release.Manifest;

namespace Marketplace.Release.Pipeline.Presence;

/// <summary>The presence sections of a plan (docs/marketplace-api.md § Presence sections), which need the app's productId.</summary>
internal static class PresenceSections
{
    public static bool Any(ReleasePlan plan) => plan.AppListing is not null || plan.CloudMigration is not null || plan.PrivacySecurity is not null;

    /// <summary>The sections the plan has, for messages: <c>appListing and cloudMigration</c>.</summary>
    public static string Names(ReleasePlan plan)
    {
        List<string> names = [];
        if (plan.AppListing is not null)
        {
            names.Add("appListing");
        }

        if (plan.CloudMigration is not null)
        {
            names.Add("cloudMigration");
        }

        if (plan.PrivacySecurity is not null)
        {
            names.Add("privacySecurity");
        }

        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }
}
