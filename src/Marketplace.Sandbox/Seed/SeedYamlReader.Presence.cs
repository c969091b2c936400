using YamlDotNet.RepresentationModel;

namespace Marketplace.Sandbox.Seed;

/// <summary>The seed keys of an app's Marketplace presence: developer space, app listing, migration record, privacy answers.</summary>
internal sealed partial class SeedYamlReader
{
    /// <summary>The app's Marketplace presence keys (developer space, app listing, migration, privacy).</summary>
    private void ReadPresence(string key, YamlNode value, SeedApp app)
    {
        switch (key)
        {
            case "developerId":
                app.DeveloperId = Scalar(value);
                break;
            case "productId":
                app.ProductId = Scalar(value);
                break;
            case "appListing":
                app.AppListing = YamlJson.ToObject(Mapping(value));
                break;
            case "cloudMigration":
                app.CloudMigration = YamlJson.ToObject(Mapping(value));
                break;
            case "privacySecurity":
                foreach (var (state, answers) in Entries(value, "live", "draft"))
                {
                    var body = YamlJson.ToObject(Mapping(answers));
                    RequireValidPrivacyAnswers(answers, body, state);
                    if (state == "live")
                    {
                        app.PrivacySecurityLive = body;
                    }
                    else
                    {
                        app.PrivacySecurityDraft = body;
                    }
                }

                break;
        }
    }

    /// <summary>Seeded answers obey the PUT's rules (the OpenAPI's commonCloud vocabulary), so a GET never answers what the API would refuse.</summary>
    private void RequireValidPrivacyAnswers(YamlNode node, System.Text.Json.Nodes.JsonObject body, string state)
    {
        try
        {
            Endpoints.PrivacySecurityValidator.Validate(body, heldToContract: false);
        }
        catch (Http.ApiProblem problem)
        {
            throw Error(node, $"privacySecurity.{state}: {problem.Title}{(problem.Detail is { } detail ? $" ({detail})" : string.Empty)}");
        }
    }

    private void CheckPresence(YamlNode node, SeedApp app)
    {
        if (app.ProductId is null && (app.AppListing ?? app.CloudMigration ?? app.PrivacySecurityLive ?? app.PrivacySecurityDraft) is not null)
        {
            throw Error(node, "appListing, cloudMigration and privacySecurity need the app's 'productId'");
        }

        if ((app.ProductId is null) != (app.DeveloperId is null))
        {
            throw Error(node, "an app with a 'productId' needs its 'developerId' and the other way round");
        }
    }
}
