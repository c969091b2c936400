namespace Marketplace.Sandbox;

/// <summary>
/// One uninstall or disable feedback of an app, as <c>GET …/reporting/developer-space/{developerId}/feedback/details</c>
/// lists it: the app version it was given for, its type (<c>uninstall</c> | <c>disable</c>), its reason key
/// (e.g. <c>expectations</c>), the hosting, and its date, <see cref="DaysAgo"/> days before the sandbox starts.
/// </summary>
public sealed record SeedFeedback(int DaysAgo, string AppVersion, string Type, string ReasonKey, string Hosting);
