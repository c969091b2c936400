namespace Marketplace.Release.Manifest.Privacy;

/// <summary>The type of one answer of the privacy and security form (see <see cref="PrivacyVocabulary"/>).</summary>
internal enum PrivacyValueKind
{
    /// <summary>A mapping of further answers.</summary>
    Section,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A text.</summary>
    Text,

    /// <summary>An absolute http(s) URL.</summary>
    Link,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A list of texts.</summary>
    Texts,

    /// <summary>One of <see cref="PrivacyField.Choices"/>.</summary>
    Choice,

    /// <summary>A list whose items the reference does not describe (e.g. <c>llmModels</c>): any list is taken.</summary>
    List,
}
