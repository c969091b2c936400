namespace Marketplace.Release.Api.Models;

/// <summary>One uninstall or disable feedback (OpenAPI <c>VendorFeedback</c>): the fields a release report counts.</summary>
internal sealed record FeedbackEntry(string? AddonVersion, string? Date, string? FeedbackType, string? ReasonKey, string? Reason, string? Hosting);
