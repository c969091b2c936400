using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;

namespace Marketplace.Sandbox;

/// <summary>
/// A snapshot of one stored version. <see cref="Json"/> is the whole version as <c>GET …/versions/{buildNumber}</c>
/// answers it (a private copy); the properties read the fields tests assert on most.
/// </summary>
public sealed record SandboxVersion(string AppSoftwareId, long BuildNumber, JsonObject Json)
{
    public string? VersionNumber => JsonRead.String(Json["versionNumber"]);
    public string? State => JsonRead.String(Json["state"]);
    public long? Revision => JsonRead.Integer(Json["revision"]);
    public string? SupportedPaymentModel => JsonRead.String(Json["supportedPaymentModel"]);
    public string? FrameworkId => JsonRead.String(Json["frameworkDetails"]?["frameworkId"]);
    public JsonObject? FrameworkAttributes => Json["frameworkDetails"]?["attributes"] as JsonObject;
    public string? ArtifactId => JsonRead.String(FrameworkAttributes?["artifactId"]);
    public string? PluginFrameworkType => JsonRead.String(FrameworkAttributes?["pluginFrameworkType"]);
    public string? LicenseType => JsonRead.String(Json["licenseType"]?["id"]);
    public bool? Supported => JsonRead.Boolean(Json["supported"]);
    public bool? Beta => JsonRead.Boolean(Json["beta"]);
    public string? ReleaseSummary => JsonRead.String(Json["changelog"]?["releaseSummary"]);
    public string? ReleaseNotes => JsonRead.String(Json["changelog"]?["releaseNotes"]);

    /// <summary>The version's own review fields (submittedAt, approvedAt, jiraIssueKey, rejectionReason), absent before its first submission.</summary>
    public JsonObject? ApprovalDetails => Json["approvalDetails"] as JsonObject;

    internal JsonArray? StoredAgreements { get; init; }

    public IReadOnlyList<SandboxCompatibility> Compatibilities =>
        (Json["compatibilities"] as JsonArray ?? [])
            .Select(item => new SandboxCompatibility(JsonRead.String(item?["parentSoftwareId"]), JsonRead.Integer(item?["minBuildNumber"]), JsonRead.Integer(item?["maxBuildNumber"])))
            .ToList();

    /// <summary>The agreements the version was created with. The GET does not show them, so they come from the stored body.</summary>
    public IReadOnlyList<string> AcceptedAgreements =>
        (StoredAgreements ?? []).Select(item => JsonRead.String(item?["agreementUrl"]) ?? string.Empty).ToList();
}
