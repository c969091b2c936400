namespace Marketplace.Release.Pipeline;

/// <summary>
/// One step of spec §2. It reads the live state it depends on, then either does its one job or says why it
/// skips; it never trusts a previous run's memory alone.
/// </summary>
internal interface IReleaseStep
{
    string Name { get; }

    Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken);
}
