using System.Text.Json.Nodes;

namespace Marketplace.Release.Manifest;

/// <summary>
/// The optional <c>privacySecurity:</c> section (docs/marketplace-api.md § Presence sections): the answers are PUT as a draft
/// (<c>PUT /rest/3/privacy-and-security/products/{productId}</c>, body <c>{"commonCloud": …}</c>) when they differ
/// from the live ones, then published (<c>POST …/publish</c>) unless <see cref="Publish"/> is false.
/// </summary>
/// <param name="FilePath">Absolute path of <c>privacySecurity.file</c> inside the workspace.</param>
/// <param name="CommonCloud">
/// The <c>commonCloud</c> object read from the file (YAML or JSON; a file whose only key is <c>commonCloud</c> is
/// unwrapped). YAML types are kept: plain <c>true</c>/<c>false</c> are booleans, plain numbers are numbers,
/// <c>null</c>/<c>~</c> is null, lists are arrays. Shared by the plan: <c>DeepClone()</c> it before changing or
/// attaching it to a request body.
/// </param>
/// <param name="Publish"><c>publish</c>, default true; false leaves the written answers as a draft.</param>
public sealed record PrivacySecuritySpec(string FilePath, JsonObject CommonCloud, bool Publish);
