namespace Marketplace.Release.Manifest.Privacy;

/// <summary>
/// One value a choice answer takes: a text (<c>NOT_APPLICABLE</c>, <c>APP_DOES_NOT_SUPPORT_DR</c>) or a boolean, as
/// the contract's <c>enum: [true, false, "NOT_APPLICABLE"]</c> mixes them.
/// </summary>
internal sealed record PrivacyChoice(string? Text, bool? Boolean)
{
    public static PrivacyChoice Of(string text) => new(text, null);

    public static PrivacyChoice Of(bool value) => new(null, value);

    /// <summary>As a YAML file writes it: <c>true</c>, <c>false</c> unquoted, a text as is.</summary>
    public override string ToString() => Text ?? (Boolean == true ? "true" : "false");
}
