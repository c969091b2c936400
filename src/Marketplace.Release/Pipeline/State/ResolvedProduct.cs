namespace Marketplace.Release.Pipeline.State;

/// <summary>The app's product in its developer space (<c>resolve-product</c>): the id the presence endpoints take, and its app name.</summary>
internal sealed record ResolvedProduct(string ProductId, string? AppName);
