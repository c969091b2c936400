namespace Marketplace.Release.Api.Models;

/// <summary>A host product: its <c>id</c> (the parentSoftwareId of compatibility, e.g. <c>jira</c>) and display <c>name</c> ("Jira").</summary>
internal sealed record ParentSoftware(string? Id, string? Name);
