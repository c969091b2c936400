using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>One fault the sandbox can inject, as a rule for a given request.</summary>
internal sealed record MatrixFault(string Name, Func<MatrixRequest, FaultRule> Rule);
