namespace Marketplace.Release.Pipeline;

/// <summary>One step's line of the result: done, skipped or failed, and how long it took.</summary>
public sealed record StepOutcome(string Name, StepOutcomeKind Outcome, long Ms, string? Detail);
