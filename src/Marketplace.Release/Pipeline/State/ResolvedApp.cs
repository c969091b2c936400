using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Pipeline.State;

/// <summary>The app software id of the manifest's app and hosting, and its compatibility with every bound resolved to a build number.</summary>
internal sealed record ResolvedApp(string AppSoftwareId, IReadOnlyList<Compatibility> Compatibilities);
