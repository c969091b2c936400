using System.Text.Json.Serialization;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>The body of <c>GET /rest/3/app-software/{appSoftwareId}/versions/{buildNumber}</c>.</summary>
internal sealed record VersionResponse
{
    public long BuildNumber { get; init; }

    public string? VersionNumber { get; init; }

    public IReadOnlyList<Compatibility>? Compatibilities { get; init; }

    public PaymentModel? SupportedPaymentModel { get; init; }

    public FrameworkDetails? FrameworkDetails { get; init; }

    public LicenseType? LicenseType { get; init; }

    public Changelog? Changelog { get; init; }

    public bool? Supported { get; init; }

    public bool? Beta { get; init; }

    /// <summary>The <c>state</c>, parsed once; null when the body has none.</summary>
    [JsonIgnore]
    public VersionState? State => StatusWords.VersionState(StateWord);

    /// <summary>The <c>state</c> as the API wrote it, e.g. <c>submitted</c>: only shown.</summary>
    [JsonPropertyName("state")]
    public string? StateWord { get; init; }

    public int? Revision { get; init; }

    /// <summary>When the version was created (ISO 8601): the release date a report counts its feedback from.</summary>
    public string? CreatedAt { get; init; }

    /// <summary>The version's review, once it was submitted (its listing made PUBLIC).</summary>
    public VersionApprovalDetails? ApprovalDetails { get; init; }
}
