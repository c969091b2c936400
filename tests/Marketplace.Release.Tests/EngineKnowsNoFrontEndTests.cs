using System.Text.RegularExpressions;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests;

/// <summary>
/// docs/architecture.md, "The engine knows no front end", checked on the source: no code line under
/// src/Marketplace.Release names a CLI flag (a front end hands its setting names in) or a CI's own variable (a front
/// end hands in the values it reads). Comments may say where a value comes from; code may not depend on it.
/// </summary>
[TestFixture]
internal sealed partial class EngineKnowsNoFrontEndTests
{
    private static readonly string EngineFolder = Path.Join(WorkspaceBuilder.RepositoryRoot(), "src", "Marketplace.Release");

    [Test]
    public void No_code_line_of_the_engine_names_a_cli_flag_or_a_ci_variable()
    {
        var files = Directory.EnumerateFiles(EngineFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(EngineFolder, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();

        var offending = files.SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(entry => Offence(entry.line) is not null)
            .Select(entry => $"{Path.GetRelativePath(EngineFolder, entry.path)}:{entry.number}: {Offence(entry.line)} in '{entry.line.Trim()}'")
            .ToList();

        Assert.That(files, Has.Count.GreaterThan(100), "the scan found almost no files: is it still reading the engine?");
        Assert.That(offending, Is.Empty, "word the setting through ISettingNames, or have the front end hand the value in (docs/architecture.md)");
    }

    [TestCase("    \"re-run with --debug and report the log\",", "--debug")]
    [TestCase("problem = $\"{output} exists. Fix: choose another --output\";", "--output")]
    [TestCase("foreach (var variable in (string[])[\"GITHUB_WORKSPACE\", \"BITBUCKET_CLONE_DIR\"])", "GITHUB_WORKSPACE")]
    [TestCase("var debug = environment.Get(\"RUNNER_DEBUG\");", "RUNNER_DEBUG")]
    [TestCase("if (environment.Get(\"CI\") == \"true\")", "\"CI\"")]
    [TestCase("var input = environment.Get(\"INPUT_TIMEOUT\");", "INPUT_TIMEOUT")]
    public void A_flag_or_a_ci_variable_in_code_is_an_offence(string line, string named) =>
        Assert.That(Offence(line), Is.EqualTo(named));

    [TestCase("    /// <summary><c>--wait-for-approval</c>: the review's wait.</summary>")]
    [TestCase("        // GitHub's workspace (GITHUB_WORKSPACE) is handed in by the front end.")]
    [TestCase("    * --debug in a block comment")]
    [TestCase("var token = environment.Get(\"GITHUB_TOKEN\");")]
    [TestCase("yaml.Raw(0, \"---\", string.Empty);")]
    [TestCase("var range = $\"{min}--{max}\";")]
    public void Comments_and_the_products_own_settings_are_no_offence(string line) =>
        Assert.That(Offence(line), Is.Null);

    /// <summary>What a line names that the engine must not: a flag or a CI variable; null for a comment or a clean line.</summary>
    private static string? Offence(string line)
    {
        var code = line.TrimStart();
        if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('*') || code.StartsWith("/*", StringComparison.Ordinal))
        {
            return null;
        }

        return (CliFlag().Match(code), CiVariable().Match(code)) switch
        {
            ({ Success: true } flag, _) => flag.Value,
            (_, { Success: true } variable) => variable.Value,
            _ => null,
        };
    }

    /// <summary>A long option as a command line spells it: two hyphens after neither a word character nor a hyphen, then a word.</summary>
    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9-]*", RegexOptions.CultureInvariant)]
    private static partial Regex CliFlag();

    /// <summary>
    /// The variables a CI runner sets for itself (workspace, outputs, inputs, debug), as opposed to the settings the
    /// product documents (<c>MARKETPLACE_*</c>, and <c>GITHUB_TOKEN</c>, <c>GITHUB_REPOSITORY</c>, <c>GITHUB_API_URL</c> of the <c>github:</c> section).
    /// </summary>
    [GeneratedRegex(@"\b(GITHUB_(WORKSPACE|ACTIONS|OUTPUT|STEP_SUMMARY|ENV|PATH|EVENT_\w+|RUN_\w+|SHA|REF\w*)|BITBUCKET_\w+|RUNNER_\w+|INPUT_\w+|ACTIONS_\w+)\b|""CI""", RegexOptions.CultureInvariant)]
    private static partial Regex CiVariable();
}
