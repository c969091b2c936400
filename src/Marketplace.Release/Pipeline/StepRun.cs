using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>What a step's work produced: the state it leaves, and its one-line summary.</summary>
internal sealed record StepRun(ReleaseState State, string Summary);
