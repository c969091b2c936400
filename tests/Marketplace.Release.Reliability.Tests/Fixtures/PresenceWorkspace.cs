using System.Text.Json.Nodes;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// The bundled example with the three presence sections of issue 14 (app listing, Cloud migration, privacy and
/// security) against the default seed's developer space, so that a publish also writes the app listing (after an icon
/// upload), patches the migration record, and PUTs and publishes the privacy answers.
/// </summary>
internal static class PresenceWorkspace
{
    public const string DeveloperId = "2b9c4d1e-6f3a-4e7b-8c5d-0a1b2c3d4e5f";
    public const string ProductId = "4d8e2f1a-3b5c-4a6d-9e7f-1a2b3c4d5e6f";
    public const string Summary = "Timesheets your whole team fills in.";
    public const string MigrationPath = "AUTOMATED";
    public const string AssistantCompatibility = "1.4.0";

    private const string Sections = """

        appListing:
          summary: Timesheets your whole team fills in.
          tags: {categories: [time-tracking, reports]}
          icon: {image: docs/icon.png}
        cloudMigration:
          assistantCompatibility: ${VERSION:-1.4.0}
          migrationPath: automated
        privacySecurity:
          file: privacy-and-security.yml
        """;

    private const string PrivacyFile = """
        logDetails:
          logEndUserData: true
          logsIntegralForAppFunctionality: false
        """;

    /// <summary>The privacy answers of <see cref="PrivacyFile"/> as the API holds them.</summary>
    public static JsonObject PrivacyAnswers => new()
    {
        ["logDetails"] = new JsonObject { ["logEndUserData"] = true, ["logsIntegralForAppFunctionality"] = false },
    };

    public static WorkspaceBuilder WithPresence(this WorkspaceBuilder workspace)
    {
        var manifest = File.ReadAllText(workspace.ManifestPath);
        const string Hosting = "  hosting: datacenter\n";
        if (!manifest.Contains(Hosting, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the example's app section has changed: put app.developerId in another way");
        }

        workspace.WithManifest(manifest.Replace(Hosting, $"{Hosting}  developerId: {DeveloperId}\n", StringComparison.Ordinal) + Sections);
        return workspace.WithPng("docs/icon.png", 16, 16).WithFile("privacy-and-security.yml", PrivacyFile);
    }
}
