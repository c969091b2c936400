namespace Marketplace.Release.Pipeline;

/// <summary>A step's work, once the engine has decided to run it.</summary>
internal delegate Task<StepEffect> StepAction(CancellationToken cancellationToken);
