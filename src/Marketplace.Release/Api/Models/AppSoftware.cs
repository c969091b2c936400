using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary>An element of <c>GET /rest/3/app-software/app-key/{appKey}</c>.</summary>
internal sealed record AppSoftware(string AppSoftwareId, Hosting? Hosting);
