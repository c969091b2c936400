using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// What one step's work left behind, handed back to the loop: the state it leaves and the one-line summary the loop
/// prints. The loop turns it into the step's <see cref="StepRecord"/>.
/// </summary>
internal sealed record StepEffect(ReleaseState State, string Summary);
