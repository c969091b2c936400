using System.CommandLine;

namespace Marketplace.Release.Cli.Commands;

internal static class CommonOptions
{
    public const string DefaultManifest = "marketplace-release.yml";

    public static Argument<string?> Manifest()
    {
        var argument = new Argument<string?>("MANIFEST")
        {
            Description = $"The release manifest (default: {DefaultManifest} in the working directory).",
            Arity = ArgumentArity.ZeroOrOne,
        };

        // An unknown option would otherwise be taken for the manifest's file name.
        argument.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', _, ..] value }])
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        return argument;
    }
}
