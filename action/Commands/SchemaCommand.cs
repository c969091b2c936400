using System.CommandLine;
using Marketplace.Release.Manifest;

namespace Marketplace.Release.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "Print the manifest's JSON Schema (for editors: # yaml-language-server: $schema=…).");
        command.SetAction(_ =>
        {
            context.Out.WriteLine(ManifestSchema.Json);
            return 0;
        });
        return command;
    }
}
