using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Marketplace.Release.Domain;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Domain;

/// <summary>
/// Each state and status the API answers with has one mapping to its words: every value but the unknown one
/// round-trips through its word in any letter case, the contract's words all read as a known value and are written
/// back word for word, no word reads as null, and a word the API may add reads as the unknown value.
/// </summary>
internal sealed partial class StatusWordsTests
{
    private static readonly Lazy<JsonObject> Schemas = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "docs", "contract", "marketplace-v3.openapi.json")))!["components"]!["schemas"]!.AsObject());

    [Test]
    public void Every_listing_state_round_trips_through_its_word() => RoundTrips(StatusWords.ListingStates, StatusWords.ListingState, ListingState.Unknown);

    [Test]
    public void Every_approval_status_round_trips_through_its_word() => RoundTrips(StatusWords.ApprovalStatuses, StatusWords.ApprovalStatus, ApprovalStatus.Unknown);

    [Test]
    public void Every_artifact_status_round_trips_through_its_word() => RoundTrips(StatusWords.ArtifactStatuses, StatusWords.ArtifactStatus, ArtifactStatus.Unknown);

    [Test]
    public void Every_version_state_round_trips_through_its_word() => RoundTrips(StatusWords.VersionStates, StatusWords.VersionState, VersionState.Unknown);

    [TestCase("AppSoftwareVersionListingV3Response", "state")]
    [TestCase("ProductListingV3Response", "state")]
    [TestCase("UpdateProductListingV3Request", "state")]
    public void The_contract_s_listing_states_are_all_known(string schema, string property) =>
        AllKnown(StatusWords.ListingStates, StatusWords.ListingState, ListingState.Unknown, schema, property);

    [TestCase("AppSoftwareVersionListingV3Response", "approvalStatus")]
    [TestCase("UpdateAppSoftwareVersionListingV3Request", "approvalStatus")]
    [TestCase("ProductListingV3Response", "approvalStatus")]
    public void The_contract_s_approval_statuses_are_all_known(string schema, string property) =>
        AllKnown(StatusWords.ApprovalStatuses, StatusWords.ApprovalStatus, ApprovalStatus.Unknown, schema, property);

    [TestCase("AppSoftwareVersionGetResponse", "state")]
    [TestCase("ParentSoftwareVersionGetResponse", "state")]
    public void The_contract_s_version_states_are_all_known(string schema, string property) =>
        AllKnown(StatusWords.VersionStates, StatusWords.VersionState, VersionState.Unknown, schema, property);

    [Test]
    public void The_words_are_the_ones_the_api_writes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ListingState.Public.Word(), Is.EqualTo("PUBLIC"));
            Assert.That(ListingState.Private.Word(), Is.EqualTo("PRIVATE"));
            Assert.That(ApprovalStatus.PendingReview.Word(), Is.EqualTo("PENDING_REVIEW"));
            Assert.That(ArtifactStatus.Processed.Word(), Is.EqualTo("PROCESSED"));
            Assert.That(VersionState.AutoApproved.Word(), Is.EqualTo("auto-approved"));
        });
    }

    [Test]
    public void No_word_is_null_a_new_word_is_unknown_and_the_unknown_value_has_no_word()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StatusWords.ListingState(null), Is.Null);
            Assert.That(StatusWords.ApprovalStatus(null), Is.Null);
            Assert.That(StatusWords.ArtifactStatus(null), Is.Null);
            Assert.That(StatusWords.VersionState(null), Is.Null);
            Assert.That(StatusWords.ListingState("SCHEDULED"), Is.EqualTo(ListingState.Unknown));
            Assert.That(StatusWords.ApprovalStatus("ESCALATED"), Is.EqualTo(ApprovalStatus.Unknown));
            Assert.That(StatusWords.ArtifactStatus("QUARANTINED"), Is.EqualTo(ArtifactStatus.Unknown));
            Assert.That(StatusWords.VersionState("inactive"), Is.EqualTo(VersionState.Unknown));
            Assert.That(() => ListingState.Unknown.Word(), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static void RoundTrips<T>(WordTable<T> table, Func<string?, T?> read, T unknown)
        where T : struct, Enum
    {
        Assert.Multiple(() =>
        {
            Assert.That(table.Values, Is.EquivalentTo(Enum.GetValues<T>().Where(value => !value.Equals(unknown))), "every value but the unknown one has a word");
            Assert.That(table.Words, Is.Unique);
            foreach (var value in table.Values)
            {
                var word = table.Word(value);
                Assert.That(read(word), Is.EqualTo(value), word);
                Assert.That(read(word.ToLowerInvariant()), Is.EqualTo(value), "any letter case: " + word);
                Assert.That(read(word.ToUpperInvariant()), Is.EqualTo(value), "any letter case: " + word);
            }
        });
    }

    private static void AllKnown<T>(WordTable<T> table, Func<string?, T?> read, T unknown, string schema, string property)
        where T : struct, Enum
    {
        var contractWords = Schemas.Value[schema]!["properties"]![property]!["enum"]!.AsArray().Select(word => word!.GetValue<string>()).ToList();
        Assert.That(contractWords, Is.Not.Empty);
        Assert.That(contractWords.Where(word => read(word) is not { } value || value.Equals(unknown)), Is.Empty, $"{schema}.{property}: words with no value");
        Assert.That(contractWords.Select(word => table.Word(read(word)!.Value)), Is.EqualTo(contractWords), "written back word for word");
    }

    /// <summary>
    /// A state or status word in quotes, anywhere in the engine and the front ends, is only in its word table: decision
    /// code compares <see cref="ListingState"/>, <see cref="ApprovalStatus"/>, <see cref="ArtifactStatus"/> and
    /// <see cref="VersionState"/>, and output writes them through <see cref="StatusWords"/>.
    /// </summary>
    [Test]
    public void No_source_file_but_the_word_table_spells_a_state_or_status()
    {
        var root = WorkspaceBuilder.RepositoryRoot();
        var spelled = new[] { Path.Join(root, "src", "Marketplace.Release"), Path.Join(root, "action"), Path.Join(root, "src", "Cake.Marketplace") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(file => Path.GetFileName(file) != "StatusWords.cs")
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(root, file), Line: index + 1, Text: line)))
            .Where(line => !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && QuotedStatusWord().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.That(spelled, Is.Empty, "compare the enums (Domain/) and write their words through StatusWords");
    }

    // Case as the API writes them: the manifest's own lower-case "public"/"private" are its words, not the API's, and
    // "draft" is also the privacy answers' state, which the client's PrivacySecurityState maps on its own.
    [GeneratedRegex("\"(PUBLIC|PRIVATE|READY_TO_LAUNCH|ARCHIVED|DELETED|UNINITIATED|SUBMITTED|PENDING_REVIEW|APPROVED|REJECTED|NOT_ASSIGNED|UPLOADED|PENDING|PROCESSING|PROCESSED|FAILED|submitted|approved|auto-approved|active|rejected|archived)\"")]
    private static partial Regex QuotedStatusWord();
}
