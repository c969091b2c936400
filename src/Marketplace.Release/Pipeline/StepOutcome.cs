namespace Marketplace.Release.Pipeline;

/// <summary>One step's line of the result: <c>done</c>, <c>skipped</c> or <c>failed</c>, and how long it took.</summary>
public sealed record StepOutcome(string Name, string Outcome, long Ms, string? Detail);
