namespace Marketplace.Release.Manifest.Binding;

/// <summary>One attribute a framework takes in <c>frameworkDetails.attributes</c>.</summary>
/// <param name="Name">The attribute's name as the API spells it.</param>
/// <param name="Kind">The JSON type the API gives it.</param>
/// <param name="Required">Whether the manifest must give it (the engine fills none of them).</param>
/// <param name="Example">The value shown in "add …" fixes.</param>
/// <param name="IsUrl">A text that must be an http(s) URL.</param>
internal sealed record FrameworkAttributeRule(string Name, FrameworkAttributeKind Kind, bool Required, string Example, bool IsUrl = false);
