namespace Marketplace.Release.Manifest;

public sealed record DeveloperLinksSpec(
    string? Documentation,
    string? LearnMore,
    string? Eula,
    string? Purchase,
    bool? BonTermsSupported,
    string? PartnerSpecificTerms);
