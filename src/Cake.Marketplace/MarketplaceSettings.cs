using Cake.Core.IO;
using Marketplace.Release.Running;

namespace Cake.Marketplace;

/// <summary>
/// How the Marketplace aliases connect and how long they wait. Every property is optional: the user, the API
/// token and the base URL default to the Cake environment's <c>MARKETPLACE_USER</c>,
/// <c>MARKETPLACE_API_TOKEN</c> and <c>MARKETPLACE_BASE_URL</c>, like the <c>marketplace-release</c> CLI.
/// </summary>
public sealed class MarketplaceSettings
{
    /// <summary>The Atlassian account e-mail; default: the environment variable <c>MARKETPLACE_USER</c>.</summary>
    public string? User { get; set; }

    /// <summary>
    /// An API token of that account; default: the environment variable <c>MARKETPLACE_API_TOKEN</c>.
    /// It is sent only as HTTP basic authentication and never written to the log.
    /// </summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// The Marketplace REST API base URL; default: the environment variable <c>MARKETPLACE_BASE_URL</c>, else
    /// <c>https://api.atlassian.com/marketplace</c>. Plain <c>http</c> is accepted only to a loopback host (a sandbox).
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>Read-only calls only: log and return what a release would change (the result's status is <c>planned</c>).</summary>
    public bool DryRun { get; set; }

    /// <summary>
    /// With <see cref="DryRun"/> (or <c>MarketplacePlan</c>): the returned result's <c>ExitCode</c> is 8 when anything would
    /// change and 0 when nothing would, as <c>marketplace-release plan --detailed-exitcode</c> exits; not an exception.
    /// </summary>
    public bool DetailedExitCode { get; set; }

    /// <summary>Do not wait for artifact processing: fail with exit code 5 when it is not ready at the first look.</summary>
    public bool NoWait { get; set; }

    /// <summary>
    /// How long to wait for artifact processing before failing with exit code 5 (a re-run resumes); default
    /// <see cref="ReleaseDefaults.WaitTimeout"/> (15 minutes), as for the CLI.
    /// </summary>
    public TimeSpan? WaitTimeout { get; set; }

    /// <summary>
    /// After a public release, how long to wait for the Marketplace's review (like the CLI's <c>--wait-for-approval</c>):
    /// APPROVED, or UNINITIATED on a PUBLIC listing, ends the wait; REJECTED fails with exit code 4 and the reason;
    /// still under review when it runs out fails with exit code 5, and a re-run resumes the wait. Default: do not wait.
    /// </summary>
    public TimeSpan? WaitForApproval { get; set; }

    /// <summary>How long one logical request may take, retries included; default 5 minutes.</summary>
    public TimeSpan? RequestTimeout { get; set; }

    /// <summary>How long one attempt of a read or a small write may take; default 60 seconds.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>How long one attempt of an artifact upload may take; default 30 minutes.</summary>
    public TimeSpan? UploadTimeout { get; set; }

    /// <summary>Retries of a request after transient failures (429, 5xx, network, timeouts); default 4.</summary>
    public int? MaxRetries { get; set; }

    /// <summary>
    /// The folder every path in the manifest must stay inside; default: the manifest's folder, or
    /// <c>GITHUB_WORKSPACE</c> / <c>BITBUCKET_CLONE_DIR</c> when set.
    /// </summary>
    public DirectoryPath? WorkspaceRoot { get; set; }

    /// <summary>When set, the result is also written to this file as the JSON of <c>marketplace-release publish --result</c>.</summary>
    public FilePath? ResultFile { get; set; }

    /// <summary><c>MarketplaceReport</c>: how many full weeks back to report, 1 to 104; null: 12 (the CLI's <c>report --weeks</c>).</summary>
    public int? ReportWeeks { get; set; }
    /// <summary>
    /// With <c>targets:</c> in the manifest: run only these targets, in the manifest's order (like the CLI's
    /// <c>--target</c>); an unknown name fails with exit code 2 before anything is sent. Empty: every target. The
    /// result's <c>Targets</c> holds one entry per target run.
    /// </summary>
    public ICollection<string> Targets { get; } = new List<string>();

    /// <summary>Shows the settings without the API token.</summary>
    /// <returns>The user, base URL and switches; the token only as set or not set.</returns>
    public override string ToString() =>
        $"user={User ?? "(from MARKETPLACE_USER)"}, apiToken={(string.IsNullOrEmpty(ApiToken) ? "(from MARKETPLACE_API_TOKEN)" : "***")}, baseUrl={BaseUrl ?? "(default)"}, dryRun={DryRun}, detailedExitCode={DetailedExitCode}, noWait={NoWait}";
}
