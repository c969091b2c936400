using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>The version body the manifest asks for, and how it differs from a live version.</summary>
internal static class DesiredVersion
{
    /// <summary>Frameworks whose version points at an uploaded artifact.</summary>
    public static bool UsesArtifact(string framework) => framework is "plugin" or "workflow";

    public static VersionCreateRequest Build(ReleasePlan plan, ReleaseState state)
    {
        var version = state.Version(plan);
        var attributes = new JsonObject();
        foreach (var (name, value) in version.FrameworkAttributes)
        {
            attributes[name] = value;
        }

        if (UsesArtifact(version.Framework))
        {
            attributes["artifactId"] = state.Artifact?.Id;
        }

        if (version.Framework == "plugin")
        {
            attributes["pluginFrameworkType"] = version.PluginFrameworkType ?? "P2";
        }

        var generatesNumbers = version.Framework is "connect" or "forge";
        return new VersionCreateRequest
        {
            BuildNumber = generatesNumbers ? null : version.BuildNumber,
            VersionNumber = version.Framework == "connect" ? null : version.Number,
            Compatibilities = state.App?.Compatibilities ?? [],
            SupportedPaymentModel = version.PaymentModel,
            FrameworkDetails = new FrameworkDetails(version.Framework, attributes),
            LicenseType = version.License is { } license ? new LicenseType(license) : null,
            Changelog = version.ReleaseSummary is null && version.ReleaseNotes is null ? null : new Changelog(version.ReleaseSummary, version.ReleaseNotes),
            Supported = version.Supported,
            Beta = version.Beta,
            AcceptedAgreements = [new AcceptedAgreement(version.Agreement)],
        };
    }

    /// <summary>
    /// The fields in which the live version differs from the manifest, each as "field (live X, manifest Y)".
    /// The artifact is compared separately, by checksum.
    /// </summary>
    public static IReadOnlyList<string> Differences(VersionCreateRequest desired, VersionResponse live)
    {
        var differences = new List<string>();
        void Check(string field, string? wanted, string? actual)
        {
            if (!string.Equals(Normalize(wanted), Normalize(actual), StringComparison.Ordinal))
            {
                differences.Add($"{field} (live '{Shorten(actual)}', manifest '{Shorten(wanted)}')");
            }
        }

        if (desired.VersionNumber is not null)
        {
            Check("versionNumber", desired.VersionNumber, live.VersionNumber);
        }

        Check("compatibilities", Describe(desired.Compatibilities), Describe(live.Compatibilities ?? []));
        Check("paymentModel", desired.SupportedPaymentModel, live.SupportedPaymentModel);
        Check("framework", desired.FrameworkDetails.FrameworkId, live.FrameworkDetails?.FrameworkId);
        if (desired.FrameworkDetails.Attributes?["pluginFrameworkType"] is { } type)
        {
            Check("pluginFrameworkType", type.GetValue<string>(), live.FrameworkDetails?.Attributes?["pluginFrameworkType"]?.ToString());
        }

        if (desired.LicenseType is { } license)
        {
            Check("license", license.Id, live.LicenseType?.Id);
        }

        if (desired.Changelog is { } changelog)
        {
            if (changelog.ReleaseSummary is not null)
            {
                Check("releaseSummary", changelog.ReleaseSummary, live.Changelog?.ReleaseSummary);
            }

            if (changelog.ReleaseNotes is not null)
            {
                Check("releaseNotes", changelog.ReleaseNotes, live.Changelog?.ReleaseNotes);
            }
        }

        Check("supported", desired.Supported.ToString(), live.Supported?.ToString());
        Check("beta", desired.Beta.ToString(), live.Beta?.ToString());
        return differences;
    }

    /// <summary>The artifact id a live version points at, when its framework uses one.</summary>
    public static string? LiveArtifactId(VersionResponse live) => live.FrameworkDetails?.Attributes?["artifactId"]?.ToString();

    private static string Describe(IEnumerable<Compatibility> compatibilities) =>
        string.Join(", ", compatibilities
            .OrderBy(c => c.ParentSoftwareId, StringComparer.Ordinal)
            .Select(c => $"{c.ParentSoftwareId} {c.MinBuildNumber}-{c.MaxBuildNumber}"));

    /// <summary>Text as compared: line ends as LF, surrounding white space ignored.</summary>
    internal static string? Normalize(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string? Shorten(string? text) => text is { Length: > 60 } ? text[..57] + "..." : text;
}
