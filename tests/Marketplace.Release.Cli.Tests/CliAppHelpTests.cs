using System.Reflection;
using System.Text.RegularExpressions;
using Marketplace.Release.Cli.Tests.Fixtures;
using Marketplace.Release.Failures;

namespace Marketplace.Release.Cli.Tests;

/// <summary><c>marketplace-release --help</c> as a user reads it.</summary>
[TestFixture]
internal sealed partial class CliAppHelpTests
{
    [Test]
    public async Task The_help_lists_every_exit_code_the_tool_can_exit_with()
    {
        var folder = Directory.CreateTempSubdirectory("help-").FullName;
        try
        {
            var run = await CliRunner.RunAsync(folder, new Dictionary<string, string?>(), ["--help"]);

            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            var list = ExitCodeList().Match(run.Out);
            Assert.That(list.Success, Is.True, run.Out);
            var listed = Code().Matches(list.Groups["list"].Value).Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.FieldType == typeof(int))
                .Select(field => (int)field.GetRawConstantValue()!);
            Assert.That(listed, Is.EquivalentTo(codes), list.Value);
            Assert.That(list.Value, Does.Contain("8 plan --detailed-exitcode found changes"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"Exit codes:(?<list>[^.]*)\.")]
    private static partial Regex ExitCodeList();

    [GeneratedRegex(@"(?:^|,)\s*(\d+) ")]
    private static partial Regex Code();
}
