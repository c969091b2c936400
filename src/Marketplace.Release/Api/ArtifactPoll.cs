using Marketplace.Release.Api.Models;

namespace Marketplace.Release.Api;

/// <summary>What one look at a processing artifact saw: the body (null while it answers 404) and any <c>Retry-After</c>.</summary>
internal readonly record struct ArtifactPoll(ArtifactResponse? Artifact, TimeSpan? RetryAfter);
