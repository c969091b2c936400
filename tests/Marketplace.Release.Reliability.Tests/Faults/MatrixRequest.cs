namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// One request a publish of the example makes, told apart from requests to the same path by how many of those come
/// before it in a clean run (<paramref name="After"/>).
/// </summary>
internal sealed record MatrixRequest(string Name, string Method, string Path, int After = 0);
