using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// The one loop over the steps. It alone skips, plays a dry run (the "would …" lines and <c>Changes</c>), times
/// each step, tells the reporter, and turns whatever a step throws into a <see cref="ReleaseFailure"/>.
/// </summary>
internal static class ReleaseLoop
{
    /// <summary>The line a <see cref="StepDecisionKind.Check"/> step gets in a dry run.</summary>
    public const string NothingToCheck = "dry run: nothing to verify";

    public static async Task<ReleaseLoopResult> RunAsync(ReleaseRun run, ReleaseState state, IReadOnlyList<IReleaseStep> steps, CancellationToken cancellationToken)
    {
        var reporter = run.Reporter;
        var dryRun = run.Options.DryRun;
        var outcomes = new List<StepOutcome>();
        var changes = new List<string>();
        var changedSteps = new List<string>();
        foreach (var step in steps)
        {
            reporter.StepStarted(step.Name);
            var started = run.Time.GetTimestamp();
            try
            {
                var decision = await step.DecideAsync(run, state, cancellationToken);
                state = decision.Learned ?? state;
                string? skipped = decision.Kind switch
                {
                    StepDecisionKind.Skip => decision.Text,
                    StepDecisionKind.Change when dryRun => decision.Planned ?? $"dry run: would {decision.Text}",
                    StepDecisionKind.Check when dryRun => NothingToCheck,
                    _ => null,
                };
                if (decision.Kind == StepDecisionKind.Change && dryRun)
                {
                    foreach (var line in decision.ChangeLines)
                    {
                        changes.Add(line);
                        reporter.Info($"would {line}");
                    }
                    changedSteps.Add(step.Name);
                }

                if (skipped is not null)
                {
                    var elapsedSkip = run.Time.GetElapsedTime(started);
                    outcomes.Add(new StepOutcome(step.Name, StepOutcomeKind.Skipped, (long)elapsedSkip.TotalMilliseconds, skipped));
                    reporter.StepSkipped(step.Name, skipped, elapsedSkip);
                    continue;
                }

                var done = await decision.Action!(cancellationToken);
                state = done.State;
                if (decision.Kind == StepDecisionKind.Change)
                {
                    changes.AddRange(decision.ChangeLines);
                    changedSteps.Add(step.Name);
                }

                var elapsed = run.Time.GetElapsedTime(started);
                outcomes.Add(new StepOutcome(step.Name, StepOutcomeKind.Done, (long)elapsed.TotalMilliseconds, done.Summary));
                reporter.StepDone(step.Name, done.Summary, elapsed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var failure = FailureMapper.From(exception, step.Name, run.Plan.App.Key, run.Plan.GitHub?.Repository);
                var elapsed = run.Time.GetElapsedTime(started);
                if (step.ToleratedFailure(run) is { } warning)
                {
                    reporter.Warning($"{warning}: {failure.Line}");
                    const string Tolerated = "not done; the release goes on (see the warning above)";
                    outcomes.Add(new StepOutcome(step.Name, StepOutcomeKind.Skipped, (long)elapsed.TotalMilliseconds, Tolerated));
                    reporter.StepSkipped(step.Name, Tolerated, elapsed);
                    continue;
                }

                outcomes.Add(new StepOutcome(step.Name, StepOutcomeKind.Failed, (long)elapsed.TotalMilliseconds, failure.Line));
                reporter.StepFailed(step.Name, failure, elapsed);
                return new ReleaseLoopResult(state, outcomes, changes, failure) { ChangedSteps = changedSteps };
            }
        }

        return new ReleaseLoopResult(state, outcomes, changes, null) { ChangedSteps = changedSteps };
    }
}
