using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// One request a publish of the example makes, told apart from requests to the same path by how many of those come
/// before it in a clean run (<paramref name="After"/>). <paramref name="Seed"/> changes the sandbox's seed where the
/// request is only made from another starting point (a migration record is created only when there is none).
/// <paramref name="Presence"/> marks the writes of the presence sections, whose cells also check that a run after
/// convergence sends no write.
/// </summary>
internal sealed record MatrixRequest(string Name, string Method, string Path, int After = 0, Action<SandboxSeed>? Seed = null, bool Presence = false);
