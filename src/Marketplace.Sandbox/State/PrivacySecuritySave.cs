namespace Marketplace.Sandbox.State;

/// <summary>Who saved a version of the privacy-and-security answers and when (the GET's <c>properties.updatedBy</c>/<c>updatedAt</c>).</summary>
internal sealed record PrivacySecuritySave(string User, DateTimeOffset At);
