namespace Marketplace.Sandbox;

/// <summary>An account: its e-mail is the Basic user name, its API token the password.</summary>
public sealed record SeedUser(string Email, string Token);
