using System.Text.Json.Nodes;

namespace Marketplace.Release.Api.Models;

/// <summary><c>attributes</c> differ per framework, so they stay a JSON object.</summary>
internal sealed record FrameworkDetails(string FrameworkId, JsonObject? Attributes);
