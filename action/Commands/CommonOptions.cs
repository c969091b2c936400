using System.CommandLine;

namespace Marketplace.Release.Cli.Commands;

internal static class CommonOptions
{
    public const string DefaultManifest = "marketplace-release.yml";

    public static Argument<string?> Manifest() => new("MANIFEST")
    {
        Description = $"The release manifest (default: {DefaultManifest} in the working directory).",
        Arity = ArgumentArity.ZeroOrOne,
    };
}
