using Marketplace.Release.Api;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>Reads the version and listing back and checks that they are what the manifest asked for.</summary>
internal sealed class VerifyStep : IReleaseStep
{
    public string Name => StepNames.Verify;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        if (context.DryRun)
        {
            return StepResult.Skip("dry run: nothing to verify");
        }

        var appSoftwareId = context.RequireAppSoftwareId();
        try
        {
            var version = await context.Client.GetVersionAsync(appSoftwareId, context.BuildNumber, cancellationToken);
            var listing = await context.Client.GetListingAsync(appSoftwareId, context.BuildNumber, cancellationToken);
            var problems = new List<string>();
            if (version is null)
            {
                problems.Add("the version is missing");
            }
            else
            {
                problems.AddRange(DesiredVersion.Differences(DesiredVersion.Build(context), version));
                if (context.ArtifactId is { } artifactId && DesiredVersion.LiveArtifactId(version) is { } liveArtifact && liveArtifact != artifactId)
                {
                    problems.Add($"artifact (live {liveArtifact}, expected {artifactId})");
                }
            }

            var wanted = context.Plan.Listing.Public ? "PUBLIC" : "PRIVATE";
            if (listing is null)
            {
                problems.Add("the listing is missing");
            }
            else
            {
                if (!string.Equals(listing["state"]?.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"listing state (live {listing["state"]}, expected {wanted})");
                }

                problems.AddRange(JsonMatch.Differences(DesiredListing.Build(context), listing).Select(f => $"listing {f}"));
            }

            context.LiveVersion = version;
            context.LiveListing = listing;
            if (problems.Count > 0)
            {
                throw new ReleaseFailedException(FailureKind.Internal,
                    $"the live version does not show what was sent: {string.Join("; ", problems)}",
                    "re-run to bring it in line; if it persists, someone else is changing this version");
            }

            return StepResult.Done($"version {version!.VersionNumber} is {listing!["state"]}; approval status {listing["approvalStatus"] ?? "unknown"}");
        }
        catch (MarketplaceApiException error)
        {
            throw context.Fail(error);
        }
    }
}
