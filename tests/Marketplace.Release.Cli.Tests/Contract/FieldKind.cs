namespace Marketplace.Release.Cli.Tests.Contract;

/// <summary>A JSON field's type, as the reference's examples show it.</summary>
internal enum FieldKind
{
    String,
    Number,
    Boolean,
    Object,
    Array,
    Null,
}
