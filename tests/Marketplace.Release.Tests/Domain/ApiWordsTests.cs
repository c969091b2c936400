using System.Text.Json.Nodes;
using Marketplace.Release.Domain;
using Marketplace.Release.Tests.Fixtures;

namespace Marketplace.Release.Tests.Domain;

/// <summary>
/// Each domain enum has one mapping to the API's words: every value but the unknown one round-trips through its
/// word in any case, the contract's words all parse to a known value, and a word the API may add parses to the
/// unknown value instead of failing.
/// </summary>
internal sealed class ApiWordsTests
{
    private static readonly Lazy<JsonObject> Schemas = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Join(WorkspaceBuilder.RepositoryRoot(), "docs", "contract", "marketplace-v3.openapi.json")))!["components"]!["schemas"]!.AsObject());

    [Test]
    public void Every_listing_state_round_trips_through_its_word() => RoundTrips(DomainWords.ListingStates, ListingState.Unknown);

    [Test]
    public void Every_approval_status_round_trips_through_its_word() => RoundTrips(DomainWords.ApprovalStatuses, ApprovalStatus.Unknown);

    [Test]
    public void Every_artifact_status_round_trips_through_its_word() => RoundTrips(DomainWords.ArtifactStatuses, ArtifactStatus.Unknown);

    [Test]
    public void Every_version_state_round_trips_through_its_word() => RoundTrips(DomainWords.VersionStates, VersionState.Unknown);

    [TestCase("AppSoftwareVersionListingV3Response", "state")]
    [TestCase("ProductListingV3Response", "state")]
    [TestCase("UpdateProductListingV3Request", "state")]
    public void The_contract_s_listing_states_are_all_known(string schema, string property) =>
        AllKnown(DomainWords.ListingStates, ListingState.Unknown, schema, property);

    [TestCase("AppSoftwareVersionListingV3Response", "approvalStatus")]
    [TestCase("UpdateAppSoftwareVersionListingV3Request", "approvalStatus")]
    [TestCase("ProductListingV3Response", "approvalStatus")]
    public void The_contract_s_approval_statuses_are_all_known(string schema, string property) =>
        AllKnown(DomainWords.ApprovalStatuses, ApprovalStatus.Unknown, schema, property);

    [TestCase("AppSoftwareVersionGetResponse", "state")]
    [TestCase("ParentSoftwareVersionGetResponse", "state")]
    public void The_contract_s_version_states_are_all_known(string schema, string property) =>
        AllKnown(DomainWords.VersionStates, VersionState.Unknown, schema, property);

    [Test]
    public void The_words_are_the_ones_the_api_writes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ListingState.Public.ApiWord(), Is.EqualTo("PUBLIC"));
            Assert.That(ListingState.Private.ApiWord(), Is.EqualTo("PRIVATE"));
            Assert.That(ApprovalStatus.PendingReview.ApiWord(), Is.EqualTo("PENDING_REVIEW"));
            Assert.That(ArtifactStatus.Processed.ApiWord(), Is.EqualTo("PROCESSED"));
            Assert.That(VersionState.AutoApproved.ApiWord(), Is.EqualTo("auto-approved"));
        });
    }

    [Test]
    public void No_word_is_null_a_new_word_is_unknown_and_the_unknown_value_has_no_word()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DomainWords.ListingStates.Parse(null), Is.Null);
            Assert.That(DomainWords.ApprovalStatuses.Parse(null), Is.Null);
            Assert.That(DomainWords.ListingStates.Parse("SCHEDULED"), Is.EqualTo(ListingState.Unknown));
            Assert.That(DomainWords.ApprovalStatuses.Parse("ESCALATED"), Is.EqualTo(ApprovalStatus.Unknown));
            Assert.That(DomainWords.ArtifactStatuses.Parse("QUARANTINED"), Is.EqualTo(ArtifactStatus.Unknown));
            Assert.That(DomainWords.VersionStates.Parse("inactive"), Is.EqualTo(VersionState.Unknown));
            Assert.That(() => ListingState.Unknown.ApiWord(), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static void RoundTrips<T>(ApiWords<T> words, T unknown)
        where T : struct, Enum
    {
        var mapped = words.All.Select(entry => entry.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(mapped, Is.EquivalentTo(Enum.GetValues<T>().Where(value => !value.Equals(unknown))), "every value but the unknown one has a word");
            Assert.That(words.All.Select(entry => entry.Word), Is.Unique);
            foreach (var value in mapped)
            {
                var word = words.Word(value);
                Assert.That(words.Parse(word), Is.EqualTo(value), word);
                Assert.That(words.Parse(word.ToLowerInvariant()), Is.EqualTo(value), "case does not matter: " + word);
                Assert.That(words.Parse(word.ToUpperInvariant()), Is.EqualTo(value), "case does not matter: " + word);
            }
        });
    }

    private static void AllKnown<T>(ApiWords<T> words, T unknown, string schema, string property)
        where T : struct, Enum
    {
        var contractWords = Schemas.Value[schema]!["properties"]![property]!["enum"]!.AsArray().Select(word => word!.GetValue<string>()).ToList();
        Assert.That(contractWords, Is.Not.Empty);
        Assert.That(contractWords.Where(word => words.Parse(word) is not { } value || value.Equals(unknown)), Is.Empty, $"{schema}.{property}: words with no value");
        Assert.That(contractWords.Select(word => words.Word(words.Parse(word)!.Value)), Is.EqualTo(contractWords), "written back word for word");
    }
}
