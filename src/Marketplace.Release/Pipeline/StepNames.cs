namespace Marketplace.Release;

/// <summary>The steps' names as they appear in logs, summaries and the result file.</summary>
public static class StepNames
{
    public const string Resolve = "resolve";
    public const string GitHubRelease = "github-release";
    public const string Reconcile = "reconcile";
    public const string UploadArtifact = "upload-artifact";
    public const string UploadImages = "upload-images";
    public const string WaitForArtifact = "wait-for-artifact";
    public const string CreateVersion = "create-version";
    public const string UpdateVersion = "update-version";
    public const string CreateListing = "create-listing";
    public const string Publish = "publish";
    public const string Verify = "verify";
    public const string GitHubLinkBack = "github-link-back";
    public const string ResolveProduct = "resolve-product";
    public const string InstallCoverageGate = "install-coverage-gate";
    public const string AppListing = "app-listing";
    public const string CloudMigration = "cloud-migration";
    public const string PrivacySecurity = "privacy-security";
    public const string WaitForApproval = "wait-for-approval";
}
