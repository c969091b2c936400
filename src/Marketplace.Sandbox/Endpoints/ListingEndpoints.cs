using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// Version listings. Publishing is a listing's state becoming PUBLIC (by POST or PUT); the review then shows in
/// approvalStatus. These endpoints write an error's status as a number, as the live ones do.
/// </summary>
internal static class ListingEndpoints
{
    private const string Listing = "/rest/3/app-software/{appSoftwareId}/versions/{buildNumber}/listing";
    private const ErrorStatusStyle Style = ErrorStatusStyle.Number;

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapGet(Listing, EndpointKit.Handle(context => GetAsync(context, sandbox), Style));
        routes.MapPost(Listing, EndpointKit.Handle(context => CreateAsync(context, sandbox), Style));
        routes.MapPut(Listing, EndpointKit.Handle(context => UpdateAsync(context, sandbox), Style));
        routes.MapGet("/rest/3/app-software/{appSoftwareId}/listings/all", EndpointKit.Handle(context => ListAsync(context, sandbox), Style));
    }

    private static Task GetAsync(HttpContext context, SandboxContext sandbox)
    {
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, Style);
            var version = SandboxContext.RequireVersion(context, software, Style);
            var listing = version.Listing ?? throw NoListing(version);
            result = sandbox.Store.RenderListing(software, version, listing);
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static async Task CreateAsync(HttpContext context, SandboxContext sandbox)
    {
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.ListingValidation(message));
        var (content, state, images) = ListingValidator.Validate(body, update: false);
        var store = sandbox.Store;
        string location;
        lock (store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, Style);
            var version = SandboxContext.RequireVersion(context, software, Style);
            if (version.Listing is not null)
            {
                throw ApiProblem.ListingValidation("A listing already exists for this version", "Update it with PUT instead");
            }

            RequireKnownImages(store, images);
            var listing = new ListingEntry(content, state, "UNINITIATED");
            if (state == "PUBLIC")
            {
                store.MarkPublished(version, listing);
            }

            version.Listing = listing;
            location = $"/rest/3/app-software/{software.Id}/versions/{version.BuildNumber}/listing";
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.Headers.Location = location;
    }

    private static async Task UpdateAsync(HttpContext context, SandboxContext sandbox)
    {
        var body = await JsonRead.ObjectBodyAsync(context, message => ApiProblem.ListingValidation(message));
        var (content, state, images) = ListingValidator.Validate(body, update: true);
        var approvalStatus = JsonRead.String(body["approvalStatus"]);
        if (approvalStatus is null || !ListingValidator.ApprovalStatuses.Contains(approvalStatus))
        {
            throw ApiProblem.ListingValidation($"approvalStatus is required: one of {string.Join(", ", ListingValidator.ApprovalStatuses)}");
        }

        var revision = JsonRead.Integer(body["revision"]) ?? throw ApiProblem.ListingValidation("revision is required: the revision of the last GET");
        var store = sandbox.Store;
        JsonObject result;
        lock (store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, Style);
            var version = SandboxContext.RequireVersion(context, software, Style);
            var listing = version.Listing ?? throw NoListing(version);
            store.SettleApproval(version);
            if (revision != listing.Revision)
            {
                throw ApiProblem.ListingValidation("Revision mismatch", $"The current revision is {listing.Revision}, the request sent {revision}");
            }

            if (approvalStatus != listing.ApprovalStatus && !(listing.ApprovalStatus == "REJECTED" && approvalStatus == "PENDING_REVIEW"))
            {
                throw ApiProblem.ListingValidation(
                    $"Approval status transition from {listing.ApprovalStatus} to {approvalStatus} is not allowed",
                    "Send the approvalStatus of the last GET unchanged");
            }

            if (listing.State == "PUBLIC" && state == "PRIVATE" && !MarketplaceStore.HasOtherPublicVersion(software, version.BuildNumber))
            {
                throw ApiProblem.ListingValidation("The only public version of an app cannot be made private");
            }

            RequireKnownImages(store, images);
            listing.Body = content;
            var resubmitting = listing.ApprovalStatus == "REJECTED" && approvalStatus == "PENDING_REVIEW";
            listing.ApprovalStatus = approvalStatus;
            var publishing = listing.State == "PRIVATE" && state == "PUBLIC";
            listing.State = state;
            if (publishing)
            {
                store.MarkPublished(version, listing);
            }
            else if (resubmitting)
            {
                ApprovalReview.Resubmit(store, version, listing);
            }

            listing.Revision++;
            result = store.RenderListing(software, version, listing);
        }

        await JsonResponses.WriteAsync(context, 200, result);
    }

    private static Task ListAsync(HttpContext context, SandboxContext sandbox)
    {
        var state = context.Request.Query["state"].ToString();
        var approvalStatus = context.Request.Query["approvalStatus"].ToString();
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var software = sandbox.RequireAppSoftware(context, Style);
            foreach (var version in software.Versions.Values)
            {
                sandbox.Store.SettleApproval(version);
            }

            var withListing = software.Versions.Values.Reverse()
                .Where(version => version.Listing is { } listing
                    && (state.Length == 0 || listing.State == state)
                    && (approvalStatus.Length == 0 || listing.ApprovalStatus == approvalStatus));
            var (page, links) = Pagination.Page(context, withListing, version => version.BuildNumber, Style);
            result = new JsonObject
            {
                ["links"] = links,
                ["versions"] = new JsonArray(page.Select(version => (JsonNode)sandbox.Store.RenderListing(software, version, version.Listing!)).ToArray()),
            };
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static void RequireKnownImages(MarketplaceStore store, List<(string ImageId, string Field)> images)
    {
        foreach (var (imageId, field) in images)
        {
            if (!store.Images.ContainsKey(imageId))
            {
                throw ApiProblem.ListingValidation($"Unknown image id '{imageId}' in {field}", "Upload the image with POST /rest/3/assets/images/{imageType} and use the id it answers");
            }
        }
    }

    private static ApiProblem NoListing(VersionEntry version) =>
        new(404, "NOT_FOUND", "Version listing not found", $"Version {version.BuildNumber} has no listing yet");
}
