using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>What every endpoint needs: the store, the fault injector and where uploads are spooled.</summary>
internal sealed class SandboxContext(MarketplaceStore store, FaultInjector faults, string uploadDirectory)
{
    public MarketplaceStore Store { get; } = store;
    public FaultInjector Faults { get; } = faults;
    public string UploadDirectory { get; } = uploadDirectory;

    /// <summary>The app software named in the route, visible to the caller. Call with the store's lock held.</summary>
    public AppSoftwareEntry RequireAppSoftware(HttpContext context, ErrorStatusStyle style)
    {
        var id = EndpointKit.Route(context, "appSoftwareId");
        if (!Store.AppSoftware.TryGetValue(id, out var software))
        {
            // docs/marketplace-api.md § Errors: "404 when the app software does not exist", code unnamed; the sandbox's code is
            // APP_SOFTWARE_NOT_FOUND (in the APP_KEY_NOT_FOUND / ARTIFACT_NOT_FOUND family the reference lists).
            throw new ApiProblem(404, "APP_SOFTWARE_NOT_FOUND", "App software not found", style == ErrorStatusStyle.String ? $"No app software with id '{id}'" : null);
        }

        return software.IsVisibleTo(SandboxItems.User(context)) ? software : throw ApiProblem.Forbidden();
    }

    /// <summary>The version named in the route. Call with the store's lock held.</summary>
    public static VersionEntry RequireVersion(HttpContext context, AppSoftwareEntry software, ErrorStatusStyle style)
    {
        var buildNumber = EndpointKit.RouteBuildNumber(context, style);
        return software.Versions.TryGetValue(buildNumber, out var version)
            ? version
            : throw new ApiProblem(404, "NOT_FOUND", "Version not found", $"No version with build number {buildNumber} in app software {software.Id}");
    }
}
