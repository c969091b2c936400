namespace Marketplace.Sandbox.State;

/// <summary>One uninstall or disable feedback of an app, with the app version it was given for.</summary>
internal sealed record FeedbackEntry(string DeveloperId, string AppKey, string ProductId, string AppVersion, string Type, string ReasonKey, string Hosting, DateOnly Date);
