using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// A step the loop may run beside its neighbours (issue 22: the artifact and the images go up together). Each runs
/// from the same state, so each says which part of the state is its own: the loop folds those parts together in
/// step order, whichever finishes first.
/// </summary>
internal interface ISideBySideStep : IReleaseStep
{
    /// <summary><paramref name="into"/> with this step's part taken from <paramref name="own"/> (the state it left).</summary>
    ReleaseState Merge(ReleaseState into, ReleaseState own);
}
