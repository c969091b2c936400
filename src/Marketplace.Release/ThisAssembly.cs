namespace Marketplace.Release;

/// <summary>
/// The product version (without any commit suffix), as a constant written at build time from the project's
/// <c>Version</c> (see the WriteThisAssemblyVersion target): read at every start for <c>--version</c> and the
/// User-Agent, so not through reflection over assembly attributes.
/// </summary>
public static partial class ThisAssembly
{
    public static string Version { get; } = BuildVersion.Split('+')[0];
}
