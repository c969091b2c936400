namespace Marketplace.Release.Manifest.Privacy;

/// <summary>The type of one answer of the privacy and security form (see <see cref="PrivacyVocabulary"/>).</summary>
internal enum PrivacyValueKind
{
    /// <summary>A mapping of further answers.</summary>
    Section,

    /// <summary>A list of mappings, each with the answers of <see cref="PrivacyField.Fields"/>.</summary>
    Sections,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A text.</summary>
    Text,

    /// <summary>An absolute http(s) URL (the contract's <c>format: uri</c>).</summary>
    Link,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A list of texts.</summary>
    Texts,

    /// <summary>One of <see cref="PrivacyField.Choices"/>.</summary>
    Choice,
}
