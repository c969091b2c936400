namespace Marketplace.Release.Manifest.Privacy;

/// <summary>
/// One answer of the privacy and security form: its name, type, whether it may be null, the values it takes (for a
/// choice) and, for a section or a list of sections, the answers inside it.
/// </summary>
internal sealed record PrivacyField(
    string Name,
    PrivacyValueKind Kind,
    IReadOnlyList<PrivacyField>? Fields = null,
    IReadOnlyList<PrivacyChoice>? Choices = null,
    bool IsNullable = false)
{
    public static PrivacyField Section(string name, params PrivacyField[] fields) => new(name, PrivacyValueKind.Section, fields);

    public static PrivacyField Sections(string name, params PrivacyField[] fields) => new(name, PrivacyValueKind.Sections, fields);

    public static PrivacyField Boolean(string name) => new(name, PrivacyValueKind.Boolean);

    public static PrivacyField Text(string name) => new(name, PrivacyValueKind.Text);

    public static PrivacyField Link(string name) => new(name, PrivacyValueKind.Link);

    public static PrivacyField Integer(string name) => new(name, PrivacyValueKind.Integer);

    public static PrivacyField Texts(string name) => new(name, PrivacyValueKind.Texts);

    public static PrivacyField Choice(string name, params PrivacyChoice[] choices) => new(name, PrivacyValueKind.Choice, Choices: choices);

    /// <summary>This answer, null also taken (the schema types it <c>[…, "null"]</c>).</summary>
    public PrivacyField OrNull() => this with { IsNullable = true };

    /// <summary>The answer named <paramref name="name"/> inside this section; null when there is none.</summary>
    public PrivacyField? Field(string name) => Fields?.FirstOrDefault(field => field.Name == name);
}
