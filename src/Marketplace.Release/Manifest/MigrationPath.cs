namespace Marketplace.Release.Manifest;

/// <summary>
/// <c>cloudMigration.migrationPath</c>. The manifest writes it in lower case (<c>install-only</c>); the API's form is
/// upper case with <c>_</c> (the Postman collection shows <c>AUTOMATED</c>), which <see cref="MigrationPathNames.ToWire"/> gives.
/// </summary>
public enum MigrationPath
{
    /// <summary><c>unknown</c> → <c>UNKNOWN</c>.</summary>
    Unknown,

    /// <summary><c>discarded</c> → <c>DISCARDED</c>.</summary>
    Discarded,

    /// <summary><c>automated</c> → <c>AUTOMATED</c>.</summary>
    Automated,

    /// <summary><c>install-only</c> → <c>INSTALL_ONLY</c>.</summary>
    InstallOnly,

    /// <summary><c>manual</c> → <c>MANUAL</c>.</summary>
    Manual,
}
