namespace Marketplace.Sandbox;

/// <summary>
/// An account: its e-mail is the Basic user name, its API token the password. Without <paramref name="Reporting"/>
/// the account lacks the developer space's reporting permission: the Reporting endpoints answer it 403.
/// </summary>
public sealed record SeedUser(string Email, string Token, bool Reporting = true);
