using Marketplace.Release.Domain;

namespace Marketplace.Release.Init;

/// <summary>
/// What <c>init</c> is asked: which app, and where the manifest goes. The rest (working directory, base URL, setting
/// names, clock) is the <see cref="Running.ReleaseRequest"/> the session was begun with, as for every command.
/// </summary>
public sealed record InitRequest
{
    /// <summary>The app key, e.g. <c>com.example.timesheets</c>.</summary>
    public required string AppKey { get; init; }

    /// <summary>The hosting whose newest version is read; a front end parses it from its input with <see cref="DomainWords.Hostings.FromWord"/>.</summary>
    public required Hosting Hosting { get; init; }

    /// <summary>The file to write, relative to the request's working directory; null: the manifest is only returned (a front end prints it).</summary>
    public string? Output { get; init; }

    /// <summary>
    /// The developer id (docs/marketplace-api.md § Presence sections) that lets init write <c>appListing</c>, <c>cloudMigration</c> and <c>privacySecurity</c>;
    /// null: <c>MARKETPLACE_DEVELOPER_ID</c>, and without that the sections are not written.
    /// </summary>
    public string? DeveloperId { get; init; }
}
