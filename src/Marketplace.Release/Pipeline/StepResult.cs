namespace Marketplace.Release.Pipeline;

internal sealed record StepResult(bool Skipped, string Text)
{
    public static StepResult Done(string summary) => new(false, summary);

    public static StepResult Skip(string reason) => new(true, reason);
}
