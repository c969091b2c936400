using Marketplace.Release.Domain;

namespace Marketplace.Release.Manifest;

/// <param name="Key">The app key, e.g. <c>com.example.timesheets</c>.</param>
/// <param name="Hosting">Server, Data Center or Cloud (<c>app.hosting</c>, or the target's <c>hosting</c>).</param>
public sealed record AppSpec(string Key, Hosting Hosting)
{
    /// <summary>
    /// <c>app.developerId</c> as written in the manifest (a UUID), or null. The id the engine uses is
    /// <see cref="ReleasePlan.DeveloperId"/>, which falls back to <c>MARKETPLACE_DEVELOPER_ID</c>.
    /// </summary>
    public string? DeveloperId { get; init; }
}
