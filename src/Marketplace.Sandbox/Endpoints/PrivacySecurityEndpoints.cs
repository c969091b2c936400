using System.Text.Json.Nodes;
using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// <c>/rest/3/privacy-and-security/products/{productId}</c> (reference: "Privacy and security"): a live version and at
/// most one draft. GET <c>?state=live|draft</c> (without it: the draft if one exists, else live, as the reference
/// says); PUT (<c>application/json</c>) writes the draft ("any update will create a new draft version"); DELETE
/// discards the draft; <c>POST …/publish</c> makes the draft live and leaves no draft.
/// The GET's <c>commonCloud</c> carries the read-only <c>properties</c> as the OpenAPI's example does: <c>updatedBy</c>,
/// <c>updatedAt</c> (epoch milliseconds), <c>formStatus</c> and <c>jiraIssueLinks</c>.
/// [ours] Where the reference is silent: GET of a state that has no version is 404 NOT_FOUND, and so are publish and
/// DELETE without a draft; another <c>state</c> value is 400 INVALID_PARAMETER; GET, PUT and publish answer 200 with
/// <c>{"state": "live"|"draft", "commonCloud": {…}}</c>; DELETE answers 204; <c>formStatus</c> is <c>APPROVED</c> for
/// the live answers and <c>DRAFT</c> for a draft; seeded answers were saved by <c>seed</c> at the Unix epoch.
/// </summary>
internal static class PrivacySecurityEndpoints
{
    private const string Path = "/rest/3/privacy-and-security/products/{productId}";
    private const ErrorStatusStyle Style = ErrorStatusStyle.String;
    private const string Live = "live";
    private const string Draft = "draft";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext sandbox)
    {
        routes.MapGet(Path, EndpointKit.Handle(context => GetAsync(context, sandbox)));
        routes.MapPut(Path, EndpointKit.Handle(context => PutDraftAsync(context, sandbox)));
        routes.MapDelete(Path, EndpointKit.Handle(context => DeleteDraftAsync(context, sandbox)));
        routes.MapPost(Path + "/publish", EndpointKit.Handle(context => PublishAsync(context, sandbox)));
    }

    private static Task GetAsync(HttpContext context, SandboxContext sandbox)
    {
        var requested = context.Request.Query["state"].ToString();
        if (requested is not ("" or Live or Draft))
        {
            throw ApiProblem.InvalidParameter($"state must be live or draft, not '{requested}'");
        }

        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var privacy = ProductLookup.Require(context, sandbox.Store, Style).Privacy;
            var state = requested.Length > 0 ? requested : privacy.Draft is not null ? Draft : Live;
            var answers = (state == Draft ? privacy.Draft : privacy.Live)
                ?? throw new ApiProblem(404, "NOT_FOUND", $"No {state} privacy and security information", state == Draft ? "PUT a draft first" : "Nothing has been published yet");
            result = Render(state, answers, state == Draft ? privacy.DraftSave : privacy.LiveSave);
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static async Task PutDraftAsync(HttpContext context, SandboxContext sandbox)
    {
        RequestMediaType.Require(context, RequestMediaType.Json, Style);
        var body = PrivacySecurityValidator.Validate(await JsonRead.ObjectBodyAsync(context, message => ApiProblem.Validation(message)));
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var privacy = ProductLookup.Require(context, sandbox.Store, Style).Privacy;
            privacy.Draft = body;
            privacy.DraftSave = new PrivacySecuritySave(SandboxItems.User(context), sandbox.Store.Now);
            result = Render(Draft, body, privacy.DraftSave);
        }

        await JsonResponses.WriteAsync(context, 200, result);
    }

    private static Task DeleteDraftAsync(HttpContext context, SandboxContext sandbox)
    {
        lock (sandbox.Store.Gate)
        {
            var privacy = ProductLookup.Require(context, sandbox.Store, Style).Privacy;
            RequireDraft(privacy);
            privacy.Draft = null;
            privacy.DraftSave = null;
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static Task PublishAsync(HttpContext context, SandboxContext sandbox)
    {
        JsonObject result;
        lock (sandbox.Store.Gate)
        {
            var privacy = ProductLookup.Require(context, sandbox.Store, Style).Privacy;
            privacy.Live = RequireDraft(privacy);
            privacy.Draft = null;
            privacy.LiveSave = new PrivacySecuritySave(SandboxItems.User(context), sandbox.Store.Now);
            privacy.DraftSave = null;
            privacy.PublishCount++;
            result = Render(Live, privacy.Live, privacy.LiveSave);
        }

        return JsonResponses.WriteAsync(context, 200, result);
    }

    private static JsonObject RequireDraft(PrivacySecurityEntry privacy) =>
        privacy.Draft ?? throw new ApiProblem(404, "NOT_FOUND", "No draft privacy and security information", "PUT a draft first");

    private static JsonObject Render(string state, JsonObject answers, PrivacySecuritySave? save)
    {
        var json = new JsonObject { ["state"] = state };
        foreach (var (name, value) in answers)
        {
            json[name] = value?.DeepClone();
        }

        if (json[PrivacySecurityValidator.CommonCloud] is JsonObject commonCloud)
        {
            commonCloud["properties"] = new JsonObject
            {
                ["updatedBy"] = save?.User ?? "seed",
                ["updatedAt"] = (save?.At ?? DateTimeOffset.UnixEpoch).ToUnixTimeMilliseconds(),
                ["formStatus"] = state == Live ? "APPROVED" : "DRAFT",
                ["jiraIssueLinks"] = new JsonArray(),
            };
        }

        return json;
    }
}
