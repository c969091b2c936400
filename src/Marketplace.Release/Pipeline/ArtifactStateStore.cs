using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A small file that remembers uploaded artifacts by base URL and checksum, and when the last upload happened,
/// so that a re-run after a kill does not upload the same file again and keeps the Marketplace's spacing
/// between uploads. A hint only: every entry is checked against the live artifact before it is reused.
/// </summary>
internal sealed class ArtifactStateStore(string directory)
{
    private const string FileName = "state.json";

    private string FilePath => Path.Combine(directory, FileName);

    public string? FindArtifactId(Uri baseUrl, string checksum) =>
        Read()?["artifacts"]?[Key(baseUrl, checksum)]?["artifactId"]?.GetValue<string>();

    /// <summary>True when an earlier upload to this Marketplace is remembered (only then is a checksum worth computing up front).</summary>
    public bool RemembersArtifacts(Uri baseUrl) =>
        Read()?["artifacts"] is JsonObject artifacts && artifacts.Any(p => p.Key.StartsWith(baseUrl + " ", StringComparison.Ordinal));

    public DateTimeOffset? LastUpload(Uri baseUrl) =>
        Read()?["lastUpload"]?[baseUrl.ToString()]?.GetValue<string>() is { } text
        && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var when)
            ? when
            : null;

    public void RecordUpload(Uri baseUrl, DateTimeOffset when, string? checksum, string? artifactId)
    {
        try
        {
            var state = Read() ?? [];
            var uploads = state["lastUpload"] as JsonObject ?? [];
            uploads[baseUrl.ToString()] = when.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            state["lastUpload"] = uploads;
            if (checksum is not null && artifactId is not null)
            {
                var artifacts = state["artifacts"] as JsonObject ?? [];
                artifacts[Key(baseUrl, checksum)] = new JsonObject { ["artifactId"] = artifactId, ["uploadedAt"] = when.ToString("O", System.Globalization.CultureInfo.InvariantCulture) };
                state["artifacts"] = artifacts;
            }

            Directory.CreateDirectory(directory);
            var temporary = FilePath + ".tmp";
            File.WriteAllText(temporary, state.ToJsonString(new JsonSerializerOptions { WriteIndented = true, TypeInfoResolver = Api.Models.MarketplaceJsonContext.Default }));
            File.Move(temporary, FilePath, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The state is an optimisation; a read-only workspace must not fail the release.
        }
    }

    private JsonObject? Read()
    {
        try
        {
            return File.Exists(FilePath) ? JsonNode.Parse(File.ReadAllText(FilePath)) as JsonObject : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Key(Uri baseUrl, string checksum) => $"{baseUrl} {checksum}";
}
