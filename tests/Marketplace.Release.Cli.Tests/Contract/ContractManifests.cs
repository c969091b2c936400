using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Contract;

/// <summary>Workspaces whose manifests use every field the manifest has, for the request-body contract tests.</summary>
internal static class ContractManifests
{
    /// <summary>A plugin release with every version and listing field, every listing image a local file.</summary>
    public static WorkspaceBuilder PluginWithEveryField() => WorkspaceBuilder.Create()
        .WithPluginJar("target/timesheets-1.4.0.jar")
        .WithPng("images/board.png")
        .WithPng("images/hero.png", 2, 2)
        .WithPng("images/thumb.png", 3, 3)
        .WithPng("images/setup.png", 4, 4)
        .WithManifest($"""
            schema: 1
            app:
              key: com.example.timesheets
              hosting: datacenter
            version:
              number: 1.4.0
              build: from-version
              artifact: target/timesheets-*.jar
              framework: plugin
              pluginFrameworkType: P2
              compatibility:
                - product: jira
                  min: 9.12.0
                  max: 10.3.3
              paymentModel: paid-via-atlassian
              license: commercial
              supported: true
              beta: false
              agreement: https://www.atlassian.com/licensing/marketplace/partneragreement
              releaseSummary: Faster exports
              releaseNotes: |
                Export is now 3x faster.
            listing:
              state: public
              inherit: previous
              moreDetails: Timesheets for Jira teams.
              screenshots:
                - image: images/board.png
                  caption: Board view
              highlights:
            {Highlight("Fast")}
            {Highlight("Weekly")}
            {Highlight("Teams")}
              heroImage:
                image: images/hero.png
              youtubeId: dQw4w9WgXcQ
              deploymentInstructions:
                - body: Install it from the Marketplace
                  screenshot:
                    image: images/setup.png
                    caption: The install button
              developerLinks:
                documentation: https://example.com/timesheets/docs
                learnMore: https://example.com/timesheets
                eula: https://example.com/timesheets/eula
                purchase: https://example.com/timesheets/buy
                bonTermsSupported: true
                partnerSpecificTerms: Custom partner terms apply (free text, as the API types it)
            """);

    private static string Highlight(string title) => $"""
            - title: {title}
              caption: {title} caption
              summary: {title} summary
              screenshot:
                image: images/board.png
                caption: {title} screenshot
              thumbnail:
                image: images/thumb.png
        """;
}
