namespace Marketplace.Sandbox;

/// <summary>Artifacts whose file name matches <see cref="FileNamePattern"/> (<c>*</c>, <c>?</c>) end processing as FAILED with <see cref="Reason"/>.</summary>
public sealed record SeedProcessingFailure(string FileNamePattern, string Reason = FaultInjector.DefaultFailureReason);
