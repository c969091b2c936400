using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Marketplace.Release.Domain;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Domain;

/// <summary>
/// Framework, hosting and payment model are parsed once, where the manifest, the API or a front end hands them in,
/// and written once, through their word tables: every value has a word that reads back as it, the words are the
/// contract's (docs/contract/marketplace-v3.openapi.json), and no other source file spells them.
/// </summary>
internal sealed partial class DomainWordsTests
{
    [Test]
    public void Every_framework_has_one_word_that_reads_back_as_the_framework() =>
        AssertRoundTrip(Enum.GetValues<Framework>(), DomainWords.Frameworks);

    [Test]
    public void Every_hosting_has_one_word_that_reads_back_as_the_hosting() =>
        AssertRoundTrip(Enum.GetValues<Hosting>(), DomainWords.Hostings);

    [Test]
    public void Every_payment_model_has_one_word_that_reads_back_as_the_payment_model() =>
        AssertRoundTrip(Enum.GetValues<PaymentModel>(), DomainWords.PaymentModels);

    [Test]
    public void The_words_are_the_contract_s()
    {
        var schemas = JsonNode.Parse(File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "docs", "contract", "marketplace-v3.openapi.json")))!["components"]!["schemas"]!;
        static IEnumerable<string> Enum(JsonNode property) => property["enum"]!.AsArray().Select(word => word!.GetValue<string>());

        Assert.Multiple(() =>
        {
            Assert.That(DomainWords.Frameworks.Words, Is.EquivalentTo(Enum(schemas["AppSoftwareVersionFrameworkDetails"]!["properties"]!["frameworkId"]!)));
            Assert.That(DomainWords.Hostings.Words, Is.EquivalentTo(Enum(schemas["AppSoftwareByAppKeyResponse"]!["properties"]!["hosting"]!)));
            Assert.That(DomainWords.PaymentModels.Words, Is.EquivalentTo(Enum(schemas["AppSoftwareVersionCreateRequest"]!["properties"]!["supportedPaymentModel"]!)));
        });
    }

    [Test]
    public void The_manifest_s_word_is_read_exactly_and_an_API_answer_s_in_any_letter_case()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DomainWords.Hostings.FromWord("DataCenter"), Is.Null, "the manifest spells datacenter exactly, as its JSON Schema does");
            Assert.That(DomainWords.Hostings.FromWord("dc"), Is.Null);
            Assert.That(DomainWords.Hostings.FromWord(null), Is.Null);
            Assert.That(DomainWords.Hostings.FromApiWord("DataCenter"), Is.EqualTo(Hosting.DataCenter));
            Assert.That(DomainWords.Frameworks.FromApiWord("Forge"), Is.EqualTo(Framework.Forge));
            Assert.That(DomainWords.Frameworks.FromApiWord("forge-remote"), Is.Null, "a framework the API adds later is none this tool knows");
        });
    }

    [TestCase(Framework.Plugin, false, false, true, true)]
    [TestCase(Framework.Workflow, false, false, true, true)]
    [TestCase(Framework.Connect, true, true, false, true)]
    [TestCase(Framework.Forge, true, false, false, false)]
    [TestCase(Framework.External, false, false, false, false)]
    public void A_framework_s_facts(Framework framework, bool assignsBuild, bool assignsVersion, bool uploadedFile, bool pointsAtArtifact)
    {
        Assert.That(
            (framework.AssignsBuildNumber(), framework.AssignsVersionNumber(), framework.IsUploadedFile(), framework.PointsAtArtifact()),
            Is.EqualTo((assignsBuild, assignsVersion, uploadedFile, pointsAtArtifact)));
    }

    /// <summary>The words in quotes, anywhere in the engine and the front ends, are only in their word tables.</summary>
    [Test]
    public void No_source_file_but_the_word_tables_spells_a_word()
    {
        var root = WorkspaceBuilder.RepositoryRoot();
        var sources = new[] { Path.Join(root, "src", "Marketplace.Release"), Path.Join(root, "action"), Path.Join(root, "src", "Cake.Marketplace") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var tables = new[] { "DomainWords.cs" };

        var spelled = sources
            .Where(file => !tables.Contains(Path.GetFileName(file)))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(root, file), Line: index + 1, Text: line)))
            .Where(line => !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && QuotedWord().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.That(spelled, Is.Empty, "compare the enums (Domain/) and write their words through DomainWords");
    }

    private static void AssertRoundTrip<T>(T[] values, WordTable<T> table)
        where T : struct, Enum
    {
        Assert.Multiple(() =>
        {
            foreach (var value in values)
            {
                string? written = null;
                Assert.That(() => written = table.Word(value), Throws.Nothing, $"{value} has no word");
                Assert.That(table.FromWord(written), Is.EqualTo(value), $"'{written}' reads back as {value}");
                Assert.That(table.FromApiWord(written), Is.EqualTo(value), $"'{written}' in an API answer reads back as {value}");
            }

            Assert.That(table.Values, Is.EqualTo(values), "the table has every value, in the enum's order");
            Assert.That(table.Words, Is.Unique);
        });
    }

    [GeneratedRegex("\"(plugin|workflow|connect|forge|external|server|datacenter|cloud|free|paid-via-atlassian|paid-via-vendor)\"")]
    private static partial Regex QuotedWord();
}
