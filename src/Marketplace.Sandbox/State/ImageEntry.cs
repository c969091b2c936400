namespace Marketplace.Sandbox.State;

internal sealed record ImageEntry(string Id, string ImageType, string Name, string MimeType, long Size);
