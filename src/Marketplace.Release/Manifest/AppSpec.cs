namespace Marketplace.Release.Manifest;

/// <param name="Key">The app key, e.g. <c>com.example.timesheets</c>.</param>
/// <param name="Hosting">The wire value: <c>server</c>, <c>datacenter</c> or <c>cloud</c>.</param>
public sealed record AppSpec(string Key, string Hosting);
