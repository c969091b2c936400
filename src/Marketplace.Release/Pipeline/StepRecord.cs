namespace Marketplace.Release.Pipeline;

/// <summary>
/// One step's entry in the result (the result file's <c>steps[]</c>, the front ends' step lists): its name, how it
/// ended, how long it took, and its detail line.
/// </summary>
public sealed record StepRecord(string Name, StepEnding Outcome, long Ms, string? Detail);
