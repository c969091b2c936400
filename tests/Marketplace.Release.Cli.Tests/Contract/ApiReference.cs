using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Marketplace.Release.Cli.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Contract;

/// <summary>
/// The request bodies of the Marketplace API reference, read at test time from Atlassian's Postman collection
/// (<c>Reference/postman-collection.json</c>, a copy of the project's <c>marketplace-api/postman-collection.json</c>):
/// each body example gives the field names and their types. What the collection does not state (which fields are
/// required, the attributes of frameworks other than connect, fields the example leaves out) is encoded below as test
/// data, each with the line of the reference's <c>v3-facts.md</c> or doc page it comes from.
/// </summary>
internal static class ApiReference
{
    private const string Versions = "Create a new app software version";
    private const string VersionUpdate = "Update app software version";
    private const string ListingCreate = "Create app version listing";
    private const string ListingUpdate = "Update app version listing";
    private const string Fetch = "Fetch and store an artifact from external URL";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Bodies = new(ReadBodies);

    /// <summary>
    /// v3-facts.md § Versions, frameworkDetails: "plugin: {artifactId, pluginFrameworkType: "P2"|"P1"}; workflow:
    /// {artifactId}; connect: {descriptorId, scopes[], descriptorUrl?}; forge: {appId, versionId, envId, scopes[]};
    /// external: {binaryUrl?, authorization}", and product-spec §9 "forge … appAccess is a list", "external needs
    /// authorization (boolean)". The collection's example has connect's only; <see cref="FrameworkAttributes"/> checks
    /// that this table agrees with it. Required marked with true.
    /// </summary>
    private static readonly Dictionary<string, (string Name, FieldKind Kind, bool Required)[]> Attributes = new(StringComparer.Ordinal)
    {
        ["plugin"] = [("artifactId", FieldKind.String, true), ("pluginFrameworkType", FieldKind.String, true)],
        ["workflow"] = [("artifactId", FieldKind.String, true)],
        ["connect"] = [("descriptorId", FieldKind.String, true), ("scopes", FieldKind.Array, true), ("descriptorUrl", FieldKind.String, false)],
        ["forge"] = [("appId", FieldKind.String, true), ("versionId", FieldKind.String, true), ("envId", FieldKind.String, true), ("scopes", FieldKind.Array, true), ("appAccess", FieldKind.Array, false)],
        ["external"] = [("authorization", FieldKind.Boolean, true), ("binaryUrl", FieldKind.String, false)],
    };

    public static IReadOnlyList<string> Frameworks => [.. Attributes.Keys];

    /// <summary>The frameworks' attributes as the table above has them, for the test that compares it with the collection.</summary>
    public static IReadOnlyDictionary<string, FieldKind> FrameworkAttributes(string framework) =>
        Attributes[framework].ToDictionary(a => a.Name, a => a.Kind);

    /// <summary>The collection's body example of the request named <paramref name="requestName"/>.</summary>
    public static JsonObject Example(string requestName) => Bodies.Value[requestName];

    /// <summary>The collection's own example attributes (connect's).</summary>
    public static JsonObject ExampleAttributes() => Bodies.Value[Versions]["frameworkDetails"]!["attributes"]!.AsObject();

    /// <summary>The contract the request is held to; null for a request that has no JSON body (reads, uploads).</summary>
    public static RequestContract? For(SentRequest request, JsonNode? body)
    {
        var framework = body?["frameworkDetails"]?["frameworkId"]?.GetValue<string>() ?? "?";
        return All(framework).FirstOrDefault(c => c.Method == request.Method && c.Path.IsMatch(request.Path));
    }

    /// <summary>Every contract of a publish; the version ones for <paramref name="framework"/>.</summary>
    public static IEnumerable<RequestContract> All(string framework)
    {
        yield return VersionCreateContract(framework);
        yield return VersionUpdateContract(framework);
        yield return ListingContract(ListingCreate, "POST", required: ["state"]);
        // Doc page "Update app version listing", request body: state, approvalStatus and revision are Required.
        yield return ListingContract(ListingUpdate, "PUT", required: ["state", "approvalStatus", "revision"]);
        // v3-facts.md § Artifacts: "POST /rest/3/artifacts/fetch body {"uri": "https://…"} (the field is uri)".
        yield return new RequestContract(Fetch, "POST", new Regex("^rest/3/artifacts/fetch$"), FieldsOf(Bodies.Value[Fetch])) { Required = Set("uri") };
    }

    /// <summary>The multipart uploads, whose one part is named <c>file</c> (v3-facts.md § Artifacts, § Version listing images).</summary>
    public static bool IsUpload(SentRequest request) =>
        request.Method == "POST" && Regex.IsMatch(request.Path, "^rest/3/(artifacts|assets/images/[a-z-]+)$");

    private static RequestContract VersionCreateContract(string framework)
    {
        var fields = VersionFields(framework);
        return new RequestContract($"{Versions} ({framework})", "POST", new Regex("^rest/3/app-software/[^/]+/versions$"), fields)
        {
            Required = VersionRequired(framework, update: false),
            Forbidden = Generated(framework),
        };
    }

    private static RequestContract VersionUpdateContract(string framework)
    {
        var fields = VersionFields(framework);
        foreach (var (path, kind) in FieldsOf(Bodies.Value[VersionUpdate]).Where(f => !f.Key.StartsWith("frameworkDetails.attributes", StringComparison.Ordinal)))
        {
            fields[path] = kind;
        }

        return new RequestContract($"{VersionUpdate} ({framework})", "PUT", new Regex("^rest/3/app-software/[^/]+/versions/[0-9]+$"), fields)
        {
            Required = VersionRequired(framework, update: true),
        };
    }

    private static Dictionary<string, FieldKind> VersionFields(string framework)
    {
        var fields = FieldsOf(Bodies.Value[Versions])
            .Where(f => !f.Key.StartsWith("frameworkDetails.attributes.", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value);
        // v3-facts.md § Versions table: "sourceCodeLicense {url}" (the collection's example leaves it out).
        fields["sourceCodeLicense"] = FieldKind.Object;
        fields["sourceCodeLicense.url"] = FieldKind.String;
        foreach (var (name, kind, _) in Attributes.GetValueOrDefault(framework, []))
        {
            fields[$"frameworkDetails.attributes.{name}"] = kind;
            if (kind == FieldKind.Array)
            {
                // Every list attribute is a list of strings (v3-facts.md: scopes[]; spec §9: "a list becomes a JSON array of strings").
                fields[$"frameworkDetails.attributes.{name}[]"] = FieldKind.String;
            }
        }

        return fields;
    }

    /// <summary>
    /// v3-facts.md § Versions table: compatibilities, supportedPaymentModel, frameworkDetails, supported, beta and
    /// acceptedAgreements "required"; buildNumber "Required for frameworks plugin, workflow, external", versionNumber
    /// "Required for plugin, forge"; the inner fields as the table shapes them. The doc page's PUT marks buildNumber,
    /// versionNumber (and the revision read last, v3-facts: "PUT … needs the current revision") required.
    /// </summary>
    private static HashSet<string> VersionRequired(string framework, bool update)
    {
        var required = Set("compatibilities", "supportedPaymentModel", "frameworkDetails", "supported", "beta",
            "compatibilities[].parentSoftwareId", "compatibilities[].minBuildNumber", "compatibilities[].maxBuildNumber",
            "frameworkDetails.frameworkId", "frameworkDetails.attributes", "licenseType.id", "acceptedAgreements[].agreementUrl", "sourceCodeLicense.url");
        if (update)
        {
            required.UnionWith(["buildNumber", "versionNumber", "revision"]);
        }
        else
        {
            required.Add("acceptedAgreements");
            if (framework is "plugin" or "workflow" or "external")
            {
                required.Add("buildNumber");
            }

            if (framework is "plugin" or "forge")
            {
                required.Add("versionNumber");
            }
        }

        required.UnionWith(Attributes.GetValueOrDefault(framework, []).Where(a => a.Required).Select(a => $"frameworkDetails.attributes.{a.Name}"));
        return required;
    }

    /// <summary>v3-facts.md § Versions table: buildNumber "generated by the server for connect, forge"; versionNumber "generated for connect".</summary>
    private static HashSet<string> Generated(string framework) => framework switch
    {
        "connect" => Set("buildNumber", "versionNumber"),
        "forge" => Set("buildNumber"),
        _ => [],
    };

    /// <summary>
    /// The listing body of the collection's example; required: the doc page's Required fields, and inside the objects
    /// v3-facts.md § Version listing: "screenshots[{imageId, caption}]", "highlights … screenshot{imageId, caption}",
    /// "deploymentInstructions[{body, screenshot?}]" (a screenshot, when sent, has its imageId), and product-spec §9
    /// "A highlight needs its screenshot".
    /// </summary>
    private static RequestContract ListingContract(string name, string method, string[] required) =>
        new(name, method, new Regex("^rest/3/app-software/[^/]+/versions/[0-9]+/listing$"), FieldsOf(Bodies.Value[name]))
        {
            Required = Set([.. required, "screenshots[].imageId", "highlights[].screenshot", "highlights[].screenshot.imageId",
                "deploymentInstructions[].body", "deploymentInstructions[].screenshot.imageId"]),
        };

    private static Dictionary<string, FieldKind> FieldsOf(JsonObject example)
    {
        var fields = new Dictionary<string, FieldKind>(StringComparer.Ordinal);
        foreach (var (path, kind) in JsonShape.Fields(example))
        {
            if (fields.TryGetValue(path, out var earlier) && earlier != kind)
            {
                throw new InvalidOperationException($"the collection's example types '{path}' both {earlier} and {kind}");
            }

            fields[path] = kind;
        }

        return fields;
    }

    private static HashSet<string> Set(params string[] paths) => new(paths, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, JsonObject> ReadBodies()
    {
        var path = Path.Join(TestContext.CurrentContext.TestDirectory, "Contract", "Reference", "postman-collection.json");
        var collection = JsonNode.Parse(File.ReadAllText(path))!;
        var bodies = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        void Walk(JsonArray items)
        {
            foreach (var item in items.OfType<JsonObject>())
            {
                if (item["item"] is JsonArray inner)
                {
                    Walk(inner);
                }
                else if (item["request"]?["body"]?["raw"]?.GetValue<string>() is { Length: > 0 } raw && JsonNode.Parse(raw) is JsonObject body)
                {
                    bodies[item["name"]!.GetValue<string>()] = body;
                }
            }
        }

        Walk(collection["item"]!.AsArray());
        return bodies;
    }
}
