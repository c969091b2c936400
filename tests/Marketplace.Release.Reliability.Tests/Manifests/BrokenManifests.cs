using System.Text;
using CsCheck;

namespace Marketplace.Release.Reliability.Tests.Manifests;

/// <summary>
/// Generators of broken manifests, each a valid base manifest broken in one way: wrong types, unknown keys, missing
/// required fields, bad interpolation, huge values, deep nesting, duplicate keys, alias bombs, invalid UTF-8,
/// paths that leave the workspace through <c>..</c> or a symbolic link, and unclosed flow collections (<c>[a</c>, <c>{x</c>). Every one must be refused with exit 2.
/// </summary>
internal static class BrokenManifests
{
    /// <summary>Valid in a workspace laid out by the tests (checked by a test, so every breakage is the generator's).</summary>
    public const string Base = """
        schema: 1
        app:
          key: com.example.timesheets
          hosting: datacenter
          developerId: 87654321-4321-4321-4321-210987654321
        version:
          number: 1.4.0
          build: from-version
          artifact: target/timesheets-1.4.0.jar
          compatibility:
            - product: jira
              min: 9.12.0
              max: 10.3.3
          paymentModel: paid-via-atlassian
          license: commercial
          releaseSummary: Faster exports
          releaseNotes: Export is now 3x faster.
        listing:
          state: public
          moreDetails: Timesheets for Jira teams.
          screenshots:
            - image: docs/screens/board.png
              caption: Board view
        appListing:
          name: Timesheets for Jira
          summary: Track time where you work.
          tags:
            keywords:
              - timesheet
          icon: {image: docs/screens/board.png}
          links:
            forums: https://community.example.com
        cloudMigration:
          assistantCompatibility: 1.4.0
          migrationPath: automated
          migrationDocumentation: https://example.com/migrate
        privacySecurity:
          file: privacy-and-security.yml
          publish: true
        """;

    private static readonly string[] Lines = Base.Split('\n');

    /// <summary>Lines of the form <c>key: value</c> (not list items, not section headers).</summary>
    private static readonly int[] Leaves = [.. Enumerable.Range(0, Lines.Length).Where(i => Lines[i].TrimStart() is var t && !t.StartsWith('-') && t.Contains(": ", StringComparison.Ordinal))];

    private static readonly int[] ScalarLeaves = [.. Leaves.Where(i => !Lines[i].TrimStart().StartsWith("schema", StringComparison.Ordinal))];

    private static readonly string[] Sections = ["app", "version", "listing", "appListing", "cloudMigration", "privacySecurity"];

    public static readonly IReadOnlyList<string> Kinds =
    [
        "wrong type", "unknown key", "missing required field", "bad interpolation", "huge value",
        "deep nesting", "duplicate key", "alias bomb", "invalid UTF-8", "path escaping through ..", "path escaping through a link",
        "unclosed flow collection",
    ];

    public static Gen<BrokenManifest> All { get; } =
        Gen.Select(Gen.Int[0, Kinds.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 400], Make);

    /// <summary>The biggest manifest of a kind the generator makes (for the memory test in a real process).</summary>
    public static BrokenManifest Largest(string kind) => Make(Kinds.ToList().IndexOf(kind), 7, 400);

    private static BrokenManifest Make(int kind, int variant, int size)
    {
        var random = new Random(variant);
        var name = Kinds[kind];
        return kind switch
        {
            0 => Text(name, WrongType(random)),
            1 => Text(name, UnknownKey(random, size)),
            2 => Text(name, MissingRequired(random)),
            3 => Text(name, ReplaceValue(random.GetItems(ScalarLeaves, 1)[0], random.GetItems(BadInterpolations, 1)[0].Replace("#", random.Next().ToString("x", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))),
            4 => Text(name, Huge(random, size)),
            5 => Text(name, Deep(random, size)),
            6 => Text(name, Duplicate(random)),
            7 => Text(name, AliasBomb(random, size)),
            8 => new BrokenManifest(name, InvalidUtf8(random)),
            9 => Text(name, EscapeByDots(random, size)),
            10 => Text(name, EscapeByLink(random)),
            _ => Text(name, Unclosed(random)),
        };
    }

    private static readonly string[] BadInterpolations = ["${MR_UNSET_#}", "${", "x-${UNCLOSED", "${}", "${1BAD}", "${A B}", "${MR_UNSET_#:?}", "pre ${MR_UNSET_#} post"];

    private static BrokenManifest Text(string kind, string text) => new(kind, Encoding.UTF8.GetBytes(text));

    private static string WrongType(Random random)
    {
        if (random.Next(3) == 0)
        {
            // A list or section given as a scalar.
            var target = random.GetItems(new[] { "app:", "version:", "listing:", "  compatibility:", "  screenshots:" }, 1)[0];
            var index = Array.FindIndex(Lines, l => l == target);
            return ReplaceLine(index, $"{target} {random.GetItems(new[] { "42", "true", "\"text\"", "1.5" }, 1)[0]}", dropChildren: true);
        }

        var values = new[] { "[1, 2]", "{a: 1}", "[]", "{}", "[[x]]" };
        return ReplaceValue(random.GetItems(ScalarLeaves, 1)[0], random.GetItems(values, 1)[0]);
    }

    private static string UnknownKey(Random random, int size)
    {
        var key = "zq" + new string(Enumerable.Range(0, 1 + (size % 12)).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var section = random.Next(Sections.Length + 1);
        if (section == Sections.Length)
        {
            return Base + $"\n{key}: 1";
        }

        var header = Array.IndexOf(Lines, Sections[section] + ":");
        return Insert(header + 1, $"  {key}: value");
    }

    private static string MissingRequired(Random random)
    {
        var required = new[] { "schema: 1", "  key: com.example.timesheets", "  hosting: datacenter", "  number: 1.4.0", "  build: from-version", "      - product: jira", "app:", "version:" };
        var line = random.GetItems(required, 1)[0];
        var index = Array.FindIndex(Lines, l => l == line || l.Trim() == line.Trim());
        if (line is "app:" or "version:")
        {
            return ReplaceLine(index, null, dropChildren: true);
        }

        if (line.Contains("product", StringComparison.Ordinal))
        {
            return ReplaceLine(index, "    - min: 9.12.0", dropChildren: false).Replace("      min: 9.12.0\n", string.Empty, StringComparison.Ordinal);
        }

        return ReplaceLine(index, null, dropChildren: false);
    }

    private static string Huge(Random random, int size) => random.Next(4) switch
    {
        0 => ReplaceValue(Index("  key:"), new string('k', 2049 + (size * 500))),
        1 => ReplaceValue(Index("  releaseSummary:"), new string('s', 256 + (size * 100))),
        2 => Base + "\n# " + new string('p', (1024 * 1024) + (size * 1000)),
        _ => Insert(Index("  paymentModel:"), string.Concat(Enumerable.Repeat("    - {product: jira, minBuild: 1, maxBuild: 2}\n", 101 + size)).TrimEnd('\n')),
    };

    private static string Deep(Random random, int size)
    {
        var depth = 17 + (size * 12);
        return random.Next(3) switch
        {
            0 => ReplaceValue(Index("  moreDetails:"), new string('[', depth) + new string(']', depth)),
            1 => ReplaceValue(Index("  moreDetails:"), string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth)),
            _ => Base + "\n" + string.Join("\n", Enumerable.Range(0, Math.Min(depth, 400)).Select(level => new string(' ', level * 2) + $"n{level}:")) + " x",
        };
    }

    private static string Duplicate(Random random)
    {
        var index = random.GetItems(Leaves, 1)[0];
        if (random.Next(2) == 0)
        {
            return Insert(index + 1, Lines[index]);
        }

        // A whole section given twice.
        var section = random.GetItems(Sections, 1)[0];
        return Base + $"\n{section}:\n  key: again";
    }

    private static string AliasBomb(Random random, int size)
    {
        var levels = 1 + (size % 9);
        var bomb = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 1; level <= levels; level++)
        {
            bomb.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        }

        return random.Next(2) == 0
            ? bomb + Base
            : Base.Replace("  moreDetails: Timesheets for Jira teams.", $"  moreDetails: &m Timesheets\n  youtubeId: *m", StringComparison.Ordinal);
    }

    private static byte[] InvalidUtf8(Random random)
    {
        byte[][] bad = [[0xFF], [0xC3, 0x28], [0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82]];
        var lines = Lines.ToArray();
        var index = random.GetItems(Leaves, 1)[0];
        var before = Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(index)) + "\n" + lines[index]);
        var after = Encoding.UTF8.GetBytes("\n" + string.Join('\n', lines.Skip(index + 1)));
        return [.. before, .. random.GetItems(bad, 1)[0], .. after];
    }

    private static string EscapeByDots(Random random, int size)
    {
        var ups = string.Concat(Enumerable.Repeat("../", 1 + (size % 6)));
        return random.Next(3) switch
        {
            0 => ReplaceValue(Index("  artifact:"), $"{ups}outside/evil.jar"),
            1 => ReplaceValue(Index("  artifact:"), $"target/{ups}{ups}outside/evil.jar"),
            _ => ReplaceValue(Index("    - image:"), $"{ups}outside/board.png"),
        };
    }

    private static string EscapeByLink(Random random) => random.Next(3) switch
    {
        0 => ReplaceValue(Index("  artifact:"), "target/linked.jar"),
        1 => ReplaceValue(Index("  artifact:"), "linked-folder/evil.jar"),
        _ => ReplaceValue(Index("    - image:"), "linked-folder/board.png"),
    };

    /// <summary>
    /// A value opening a flow sequence or mapping that is never closed: in the middle of the file (YamlDotNet's scanner
    /// then threw InvalidOperationException, which was "internal error", exit 1) or on the last line.
    /// </summary>
    private static string Unclosed(Random random)
    {
        var openers = new[] { "[a", "{x", "[a, b", "{x: 1", "[{a: b", "[", "{", "[a,", "{x: [1, 2", "[\"quoted\"" };
        var opener = random.GetItems(openers, 1)[0];
        return random.Next(4) == 0
            ? Base + $"\n  caption2: {opener}"
            : ReplaceValue(random.GetItems(ScalarLeaves, 1)[0], opener);
    }

    private static int Index(string prefix) => Array.FindIndex(Lines, l => l.StartsWith(prefix, StringComparison.Ordinal));

    private static string ReplaceValue(int index, string value)
    {
        var line = Lines[index];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return ReplaceLine(index, line[..(colon + 2)] + value, dropChildren: false);
    }

    private static string ReplaceLine(int index, string? replacement, bool dropChildren)
    {
        var indent = Lines[index].Length - Lines[index].TrimStart().Length;
        var result = new List<string>();
        for (var i = 0; i < Lines.Length; i++)
        {
            if (i == index)
            {
                if (replacement is not null)
                {
                    result.Add(replacement);
                }

                if (dropChildren)
                {
                    while (i + 1 < Lines.Length && (Lines[i + 1].Length - Lines[i + 1].TrimStart().Length > indent || Lines[i + 1].TrimStart().StartsWith('-') && indent > 0 && Lines[i + 1].Length - Lines[i + 1].TrimStart().Length >= indent))
                    {
                        i++;
                    }
                }

                continue;
            }

            result.Add(Lines[i]);
        }

        return string.Join('\n', result);
    }

    private static string Insert(int index, string line) => string.Join('\n', Lines.Take(index).Append(line).Concat(Lines.Skip(index)));
}
