namespace Marketplace.Release.Api.Models;

internal sealed record LicenseType(string Id);
