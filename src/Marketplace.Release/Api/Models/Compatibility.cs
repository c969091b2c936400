namespace Marketplace.Release.Api.Models;

internal sealed record Compatibility(string ParentSoftwareId, long MinBuildNumber, long MaxBuildNumber);
