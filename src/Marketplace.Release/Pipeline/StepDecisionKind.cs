namespace Marketplace.Release.Pipeline;

/// <summary>What a step decided; how the engine loop treats each in a real run and in a dry run.</summary>
internal enum StepDecisionKind
{
    /// <summary>Nothing to do: recorded as skipped with the reason, in both.</summary>
    Skip,

    /// <summary>Reads only (resolve, reconcile, waiting): runs in both.</summary>
    Read,

    /// <summary>Changes the Marketplace or GitHub: runs in a real run; a dry run records "would …" instead.</summary>
    Change,

    /// <summary>Reads back what the run changed (verify): runs in a real run; skipped in a dry run, where nothing changed.</summary>
    Check,
}
