using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>The body of <c>POST /rest/3/app-software/{appSoftwareId}/versions</c>.</summary>
internal sealed record VersionCreateRequest
{
    public long? BuildNumber { get; init; }

    public string? VersionNumber { get; init; }

    public required IReadOnlyList<Compatibility> Compatibilities { get; init; }

    public required PaymentModel SupportedPaymentModel { get; init; }

    public required FrameworkDetails FrameworkDetails { get; init; }

    public LicenseType? LicenseType { get; init; }

    public Changelog? Changelog { get; init; }

    public required bool Supported { get; init; }

    public required bool Beta { get; init; }

    public required IReadOnlyList<AcceptedAgreement> AcceptedAgreements { get; init; }
}
