using System.Globalization;
using System.Text.Json.Nodes;
using Marketplace.Sandbox.Faults;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Sandbox.Seed;

/// <summary>
/// Reads a seed file through YamlDotNet's representation model (no reflection, so trimming and AOT are safe),
/// refusing unknown keys with their line and column so a typo in a seed never passes silently.
/// </summary>
internal sealed partial class SeedYamlReader(string source)
{
    public static SandboxSeed Read(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            throw new SandboxSeedException($"{source}:{exception.Start.Line}:{exception.Start.Column}: {exception.Message}", exception);
        }

        var seed = new SandboxSeed();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return seed;
        }

        new SeedYamlReader(source).ReadRoot(stream.Documents[0].RootNode, seed);
        if (seed.AutoApprove && seed.Approval is not null)
        {
            throw new SandboxSeedException($"{source}: set either autoApprove or approval, not both (autoApprove: true is approval: {{outcome: approved, after: 0s}})");
        }

        return seed;
    }

    private void ReadRoot(YamlNode node, SandboxSeed seed)
    {
        foreach (var (key, value) in Entries(node, "users", "autoApprove", "approval", "processing", "uploads", "parentSoftware", "images", "artifacts", "apps", "faults", "developerSpacePageSize"))
        {
            switch (key)
            {
                case "users":
                    foreach (var item in Items(value))
                    {
                        var fields = Fields(item, "email", "token", "reporting");
                        var reporting = fields.GetValueOrDefault("reporting") is not { } permission
                            || (permission is "true" or "True" ? true : permission is "false" or "False" ? false : throw Error(item, $"reporting is true or false, not '{permission}'"));
                        seed.Users.Add(new SeedUser(Required(fields, "email", item), Required(fields, "token", item), reporting));
                    }

                    break;
                case "autoApprove":
                    seed.AutoApprove = Boolean(value);
                    break;
                case "approval":
                    seed.Approval = ReadApproval(value);
                    break;
                case "processing":
                    ReadProcessing(value, seed);
                    break;
                case "uploads":
                    foreach (var (uploadKey, uploadValue) in Entries(value, "spacing", "maxBytes"))
                    {
                        if (uploadKey == "spacing")
                        {
                            seed.UploadSpacing = Convert(uploadValue, text => SeedText.Duration(text, "uploads.spacing"));
                        }
                        else
                        {
                            seed.MaxArtifactBytes = Convert(uploadValue, text => SeedText.Size(text, "uploads.maxBytes"));
                        }
                    }

                    break;
                case "parentSoftware":
                    ReadParentSoftware(value, seed);
                    break;
                case "images":
                    foreach (var item in Items(value))
                    {
                        var fields = Fields(item, "id", "type", "name", "mimeType", "size");
                        seed.Images.Add(new SeedImage(
                            Required(fields, "id", item),
                            Required(fields, "type", item),
                            Required(fields, "name", item),
                            fields.GetValueOrDefault("mimeType") ?? "image/png",
                            fields.TryGetValue("size", out var size) && size is not null ? Convert(item, _ => SeedText.Size(size, "images.size")) : 1024));
                    }

                    break;
                case "artifacts":
                    foreach (var item in Items(value))
                    {
                        seed.Artifacts.Add(ReadArtifact(item));
                    }

                    break;
                case "apps":
                    foreach (var item in Items(value))
                    {
                        seed.Apps.Add(ReadApp(item));
                    }

                    break;
                case "faults":
                    foreach (var item in Items(value))
                    {
                        seed.Faults.Add(Convert(item, _ => FaultRuleJson.Parse(YamlJson.ToObject(Mapping(item)))));
                    }

                    break;
                case "developerSpacePageSize":
                    seed.DeveloperSpacePageSize = Convert(value, text => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)) is var pageSize and >= 1
                        ? pageSize
                        : throw Error(value, "developerSpacePageSize is at least 1");
                    break;
            }
        }
    }

    private void ReadProcessing(YamlNode node, SandboxSeed seed)
    {
        foreach (var (key, value) in Entries(node, "delay", "form", "fail"))
        {
            switch (key)
            {
                case "delay":
                    seed.ProcessingDelay = Convert(value, text => SeedText.Duration(text, "processing.delay"));
                    break;
                case "form":
                    seed.ProcessingForm = Scalar(value) switch
                    {
                        "status" => ArtifactProcessingForm.Status,
                        "notFound" => ArtifactProcessingForm.NotFound,
                        var other => throw Error(value, $"processing.form is 'status' or 'notFound', not '{other}'"),
                    };
                    break;
                case "fail":
                    foreach (var item in Items(value))
                    {
                        var fields = Fields(item, "fileName", "reason");
                        seed.ProcessingFailures.Add(new SeedProcessingFailure(Required(fields, "fileName", item), fields.GetValueOrDefault("reason") ?? FaultInjector.DefaultFailureReason));
                    }

                    break;
            }
        }
    }

    private SeedApp ReadApp(YamlNode node)
    {
        var app = new SeedApp { Key = string.Empty };
        foreach (var (key, value) in Entries(node, "key", "name", "users", "software", "developerId", "productId", "appListing", "cloudMigration", "privacySecurity", "installs", "feedback"))
        {
            switch (key)
            {
                case "key":
                    app.Key = Scalar(value);
                    break;
                case "name":
                    app.Name = Scalar(value);
                    break;
                case "users":
                    foreach (var user in Items(value))
                    {
                        app.Users.Add(Scalar(user));
                    }

                    break;
                case "software":
                    foreach (var item in Items(value))
                    {
                        app.Software.Add(ReadSoftware(item));
                    }

                    break;
                case "installs":
                    ReadInstalls(value, app);
                    break;
                case "feedback":
                    ReadFeedback(value, app);
                    break;
                default:
                    ReadPresence(key, value, app);
                    break;
            }
        }

        CheckPresence(node, app);
        CheckReporting(node, app);
        return app.Key.Length > 0 ? app : throw Error(node, "an app needs a 'key'");
    }

    private SeedAppSoftware ReadSoftware(YamlNode node)
    {
        var software = new SeedAppSoftware { Id = string.Empty, Hosting = string.Empty };
        foreach (var (key, value) in Entries(node, "id", "hosting", "complianceBoundaries", "versions"))
        {
            switch (key)
            {
                case "id":
                    software.Id = Scalar(value);
                    break;
                case "hosting":
                    software.Hosting = Scalar(value) is var hosting && hosting is "server" or "datacenter" or "cloud"
                        ? hosting
                        : throw Error(value, "hosting is server, datacenter or cloud");
                    break;
                case "complianceBoundaries":
                    software.ComplianceBoundaries = Items(value).Select(Scalar).ToList();
                    break;
                case "versions":
                    foreach (var item in Items(value))
                    {
                        var version = YamlJson.ToObject(Mapping(item));
                        var listing = version["listing"] as JsonObject;
                        version.Remove("listing");
                        var releasedDaysAgo = version["releasedDaysAgo"] is { } released
                            ? (int?)(Http.JsonRead.Integer(released) is { } days and >= 0 and <= 36500 ? (int)days : throw Error(item, "releasedDaysAgo is a whole number of days, 0 or more"))
                            : null;
                        version.Remove("releasedDaysAgo");
                        if (Http.JsonRead.Integer(version["buildNumber"]) is null)
                        {
                            throw Error(item, "a seeded version needs an integer buildNumber");
                        }

                        software.Versions.Add(new SeedVersion { Version = version, Listing = listing, ReleasedDaysAgo = releasedDaysAgo });
                    }

                    break;
            }
        }

        return software.Id.Length > 0 && software.Hosting.Length > 0 ? software : throw Error(node, "app software needs an 'id' and a 'hosting'");
    }

    private IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode node, params string[] allowed)
    {
        foreach (var (keyNode, value) in Mapping(node).Children)
        {
            var key = Scalar(keyNode);
            if (allowed.Length > 0 && !allowed.Contains(key, StringComparer.Ordinal))
            {
                throw Error(keyNode, $"unknown key '{key}' (known here: {string.Join(", ", allowed)})");
            }

            yield return (key, value);
        }
    }

    private Dictionary<string, string?> Fields(YamlNode node, params string[] allowed)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(node, allowed))
        {
            fields[key] = value is YamlScalarNode scalar ? scalar.Value : null;
        }

        return fields;
    }

    private string Required(Dictionary<string, string?> fields, string key, YamlNode node) =>
        fields.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : throw Error(node, $"'{key}' is required here");

    private YamlMappingNode Mapping(YamlNode node) => node as YamlMappingNode ?? throw Error(node, "expected a mapping (key: value)");

    private IEnumerable<YamlNode> Items(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children,
        YamlScalarNode { Value: null or "" } => [],
        _ => throw Error(node, "expected a list"),
    };

    private string Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : throw Error(node, "expected a single value");

    private bool Boolean(YamlNode node) => Scalar(node) switch
    {
        "true" or "True" => true,
        "false" or "False" => false,
        var other => throw Error(node, $"expected true or false, not '{other}'"),
    };

    private T Convert<T>(YamlNode node, Func<string, T> convert)
    {
        try
        {
            return convert(node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty);
        }
        catch (FormatException exception)
        {
            throw Error(node, exception.Message);
        }
        catch (OverflowException exception)
        {
            throw Error(node, exception.Message);
        }
    }

    private SandboxSeedException Error(YamlNode node, string message) =>
        new($"{source}:{node.Start.Line}:{node.Start.Column}: {message}");
}
