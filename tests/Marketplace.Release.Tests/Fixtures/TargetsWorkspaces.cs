using Marketplace.Sandbox;

namespace Marketplace.Release.Tests.Fixtures;

/// <summary>
/// Releases with <c>targets:</c> (issue 20) on the sandbox's example app: a javax/jakarta pair of Data Center builds
/// (two jars from one build, each with its own number, compatibility and release notes) and a Data Center plugin
/// beside a Forge Cloud app of the same key. Shared by the end-to-end and reliability tests.
/// </summary>
public static class TargetsWorkspaces
{
    /// <summary>The Cloud app software <see cref="AddCloudSoftware"/> gives the example app.</summary>
    public const string CloudAppSoftwareId = "8c3d5e7f-1a2b-4c3d-9e8f-0a1b2c3d4e5f";

    public const long Jira10Build = 200100000;

    public const long Jira11Build = 300100000;

    public static string Changelog => """
        # Changelog

        ## 3.1.0
        Jakarta build: exports for Jira 11.

        ## 2.1.0
        Javax build: exports for Jira 10.

        """;

    /// <summary>The javax/jakarta split: targets <c>jira10</c> (2.1.0) and <c>jira11</c> (3.1.0).</summary>
    public static WorkspaceBuilder DataCenterPair() => WorkspaceBuilder.Create()
        .WithManifest(DataCenterPairManifest)
        .WithFile("CHANGELOG.md", Changelog)
        .WithPluginJar("target/timesheets-2.1.0-jira10.jar", version: "2.1.0")
        .WithPluginJar("target/timesheets-3.1.0-jira11.jar", version: "3.1.0");

    /// <summary>A Data Center plugin (<c>datacenter</c>, 3.1.0) and a Forge app (<c>cloud</c>) under one key.</summary>
    public static WorkspaceBuilder DataCenterAndCloud() => WorkspaceBuilder.Create()
        .WithManifest(DataCenterAndCloudManifest)
        .WithFile("CHANGELOG.md", Changelog)
        .WithPluginJar("target/timesheets-3.1.0-jira11.jar", version: "3.1.0");

    /// <summary>The example app's Cloud software, which the default seed does not hold.</summary>
    public static void AddCloudSoftware(SandboxSeed seed) =>
        seed.Apps.Single(app => app.Key == "com.example.timesheets").Software.Add(new SeedAppSoftware { Id = CloudAppSoftwareId, Hosting = "cloud" });

    public const string DataCenterPairManifest = """
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
          build: from-version
          paymentModel: paid-via-atlassian
          license: commercial
          releaseNotesFile: CHANGELOG.md
        listing:
          state: public
          moreDetails: Timesheets for Jira teams.
          screenshots:
            - imageId: 7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172
              caption: Board view
        targets:
          - name: jira10
            version:
              number: 2.1.0
              artifact: target/timesheets-2.1.0-jira10.jar
              compatibility: [{product: jira, min: 9.12.0, max: 10.3.3}]
          - name: jira11
            version:
              number: 3.1.0
              artifact: target/timesheets-3.1.0-jira11.jar
              compatibility: [{product: jira, min: 10.4.1, max: latest}]

        """;

    public const string DataCenterAndCloudManifest = """
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
        version:
          paymentModel: paid-via-atlassian
          license: commercial
          releaseNotesFile: CHANGELOG.md
          compatibility: [{product: jira, min: 9.12.0, max: 10.3.3}]
        listing:
          state: public
          moreDetails: Timesheets for Jira teams.
          screenshots:
            - imageId: 7a3b5c4d-9e6f-4a01-9c32-2d3e4f506172
              caption: Board view
        targets:
          - name: datacenter
            version:
              number: 3.1.0
              build: from-version
              artifact: target/timesheets-3.1.0-jira11.jar
          - name: cloud
            hosting: cloud
            version:
              number: 3.1.0
              framework: forge
              frameworkAttributes:
                appId: ari:cloud:ecosystem::app/0b1c2d3e-4f50-4a61-8b72-9c0d1e2f3a4b
                versionId: 7e2b9c1d-4f5a-4b6c-8d7e-9f0a1b2c3d4e
                envId: 5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c
                scopes: [read:jira-work]
            listing: {moreDetails: Timesheets for Jira Cloud teams.}

        """;
}
