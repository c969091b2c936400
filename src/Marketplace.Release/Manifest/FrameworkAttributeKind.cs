namespace Marketplace.Release.Manifest;

/// <summary>The JSON type a <c>version.frameworkAttributes</c> value is sent as, kept from its YAML form.</summary>
public enum FrameworkAttributeKind
{
    /// <summary>A scalar (quoted, or plain and not <c>true</c>/<c>false</c>): a JSON string.</summary>
    Text,

    /// <summary>A plain <c>true</c> or <c>false</c>: a JSON boolean.</summary>
    Boolean,

    /// <summary>A YAML list of scalars: a JSON array of strings.</summary>
    List,
}
