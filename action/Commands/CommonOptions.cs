using System.CommandLine;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Commands;

internal static class CommonOptions
{
    public static Argument<string?> Manifest()
    {
        var argument = new Argument<string?>("MANIFEST")
        {
            Description = $"The release manifest (default: {ReleaseDefaults.ManifestFile} in the working directory).",
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
