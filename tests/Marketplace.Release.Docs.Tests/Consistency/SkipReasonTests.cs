using System.Text.RegularExpressions;
using Cake.Marketplace.Tests.Fixtures;

namespace Marketplace.Release.Docs.Tests.Consistency;

/// <summary>
/// A skipped test says why: every <c>Assert.Ignore</c>, <c>[Ignore]</c> and <c>[Explicit]</c> of the test suite gives
/// a reason, which the test run shows (and .ci/run lists, from the TRX logs, via .ci/skip-reasons.sh).
/// </summary>
public sealed partial class SkipReasonTests
{
    [Test]
    public void Every_skip_in_the_test_suite_gives_its_reason()
    {
        var sources = Directory.EnumerateFiles(Path.Join(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .ToList();
        var silent = sources
            .SelectMany(path => File.ReadAllLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(entry => !entry.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && SilentSkip().IsMatch(entry.line))
            .Select(entry => $"{Path.GetRelativePath(RepositoryPaths.Root, entry.path)}:{entry.number}: {entry.line.Trim()}")
            .ToList();

        Assert.That(sources, Is.Not.Empty);
        Assert.That(silent, Is.Empty, "give the reason: Assert.Ignore(\"why\"), [Ignore(\"why\")], [Explicit(\"why\")]");
    }

    [GeneratedRegex(@"Assert\.Ignore\(\s*\)|\[\s*(Ignore|Explicit)\s*(\]|,)|\[\s*(Ignore|Explicit)\s*\(\s*\)")]
    private static partial Regex SilentSkip();
}
