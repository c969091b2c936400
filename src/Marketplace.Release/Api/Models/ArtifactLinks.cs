namespace Marketplace.Release.Api.Models;

internal sealed record ArtifactLinks(Link? Self, Link? Binary, Link? Remote);
