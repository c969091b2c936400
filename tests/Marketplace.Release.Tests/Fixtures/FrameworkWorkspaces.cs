namespace Marketplace.Release.Tests.Fixtures;

/// <summary>
/// Releases of the frameworks that take no plugin artifact (issue 12), on the sandbox's example app
/// (<c>com.example.timesheets</c>, Data Center): connect with its descriptor by <c>artifactUrl</c> (the sandbox
/// records the URL and makes the artifact itself, so any https URL works), forge and external. Shared by the
/// end-to-end and reliability tests.
/// </summary>
public static class FrameworkWorkspaces
{
    public const string ForgeVersionId = "7e2b9c1d-4f5a-4b6c-8d7e-9f0a1b2c3d4e";

    public static IReadOnlyList<string> Frameworks { get; } = ["connect", "forge", "external"];

    public static WorkspaceBuilder Create(string framework) => WorkspaceBuilder.Create().WithManifest(Manifest(framework));

    public static string Manifest(string framework) => $"""
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
        {Number(framework)}{Version(framework)}
          compatibility:
            - product: jira
              min: 9.12.0
              max: 10.3.3
          paymentModel: paid-via-atlassian
          license: commercial
          releaseSummary: Faster exports
          releaseNotes: Export is now 3x faster.
        listing:
          state: public
          moreDetails: Timesheets for Jira teams.
          screenshots:
            - imageId: 7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172
              caption: Board view
        """;

    /// <summary>connect gives no number: the Marketplace assigns it (with the build number).</summary>
    private static string Number(string framework) => framework == "connect" ? string.Empty : "  number: 1.5.0\n";

    private static string Version(string framework) => framework switch
    {
        "connect" => """
              framework: connect
              artifactUrl: https://timesheets.example.com/releases/1.5.0/atlassian-connect.json
              frameworkAttributes:
                scopes: [READ, WRITE]
                descriptorUrl: https://timesheets.example.com/atlassian-connect.json
            """,
        "forge" => $"""
              framework: forge
              frameworkAttributes:
                appId: ari:cloud:ecosystem::app/0b1c2d3e-4f50-4a61-8b72-9c0d1e2f3a4b
                versionId: {ForgeVersionId}
                envId: 5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c
                scopes: [read:jira-work, write:jira-work]
                appAccess: [jira]
            """,
        "external" => """
              build: from-version
              framework: external
              frameworkAttributes:
                authorization: true
                binaryUrl: https://downloads.example.com/timesheets-1.5.0.zip
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, "connect, forge or external"),
    };
}
