using System.Text.Json.Nodes;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Api.Models;

/// <summary><c>attributes</c> differ per framework, so they stay a JSON object.</summary>
/// <param name="FrameworkId">Always set in a request; null in an answer that names no framework, or one this tool does not know.</param>
internal sealed record FrameworkDetails(Framework? FrameworkId, JsonObject? Attributes);
