using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline;

/// <summary>
/// The one loop over the steps. It alone skips, plays a dry run (the "would …" lines and <c>Changes</c>), times
/// each step, tells the reporter, and turns whatever a step throws into a <see cref="ReleaseFailure"/>. Steps of
/// one group (<see cref="ISideBySideStep"/>) decide one after the other and then do their work side by side; the
/// loop reports them in step order once all are done, so a run's lines and result do not depend on which
/// finished first.
/// </summary>
internal static class ReleaseLoop
{
    /// <summary>The line a <see cref="StepDecisionKind.Check"/> step gets in a dry run.</summary>
    public const string NothingToCheck = "dry run: nothing to verify";

    public static Task<LoopEnd> RunAsync(ReleaseRun run, ReleaseState state, IReadOnlyList<IReleaseStep> steps, CancellationToken cancellationToken) =>
        RunAsync(run, state, steps.Select(step => (IReadOnlyList<IReleaseStep>)[step]).ToList(), cancellationToken);

    /// <param name="groups">The steps in order; the steps of a group of more than one are all <see cref="ISideBySideStep"/>.</param>
    public static async Task<LoopEnd> RunAsync(ReleaseRun run, ReleaseState state, IReadOnlyList<IReadOnlyList<IReleaseStep>> groups, CancellationToken cancellationToken)
    {
        var reporter = run.Reporter;
        var outcomes = new List<StepRecord>();
        var changes = new List<string>();
        var changeKinds = new List<ChangeKind>();
        foreach (var group in groups)
        {
            if (group.Count > 1 && group.FirstOrDefault(step => step is not ISideBySideStep) is { } alone)
            {
                throw new InvalidOperationException($"{alone.Name} cannot run beside other steps: it is no {nameof(ISideBySideStep)}");
            }

            reporter.StepStarted(group[0].Name);
            var attempts = await RunGroupAsync(run, state, group, cancellationToken);
            ReleaseFailure? failure = null;
            var first = true;
            foreach (var attempt in attempts)
            {
                if (!first)
                {
                    reporter.StepStarted(attempt.Step.Name);
                }

                first = false;
                state = group.Count == 1 ? attempt.State : ((ISideBySideStep)attempt.Step).Merge(state, attempt.State);
                if (attempt.SentChange)
                {
                    state = state with { SentChanges = true };
                }

                // Every step of the group is reported (each did its work or failed); the first failure stops the release.
                var stops = Report(run, attempt, outcomes, changes, changeKinds);
                failure ??= stops;
            }

            if (failure is not null)
            {
                return new LoopEnd(state, outcomes, changes, failure) { ChangeKinds = changeKinds };
            }
        }

        return new LoopEnd(state, outcomes, changes, null) { ChangeKinds = changeKinds };
    }

    /// <summary>
    /// Decides each step in order (stopping at the first that fails), then runs the decided work side by side. A
    /// failed decision sends nothing for the steps after it, as when they ran one by one.
    /// </summary>
    private static async Task<IReadOnlyList<StepAttempt>> RunGroupAsync(ReleaseRun run, ReleaseState state, IReadOnlyList<IReleaseStep> group, CancellationToken cancellationToken)
    {
        var attempts = new List<StepAttempt>();
        foreach (var step in group)
        {
            var attempt = new StepAttempt(step, run.Time.GetTimestamp()) { State = state };
            attempts.Add(attempt);
            try
            {
                attempt.Decision = await step.DecideAsync(run, state, cancellationToken);
                attempt.State = attempt.Decision.Learned ?? state;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                attempt.Error = exception;
                attempt.Elapsed = run.Time.GetElapsedTime(attempt.Started);
                break;
            }
        }

        await Task.WhenAll(attempts.Select(attempt => FinishAsync(run, attempt, cancellationToken)));
        return attempts;
    }

    /// <summary>Runs a decided step's work unless it skips (or only plans, in a dry run); records what happened.</summary>
    private static async Task FinishAsync(ReleaseRun run, StepAttempt attempt, CancellationToken cancellationToken)
    {
        if (attempt.Error is not null || attempt.Decision is not { } decision)
        {
            return;
        }

        attempt.Skipped = decision.Kind switch
        {
            StepDecisionKind.Skip => decision.Text,
            StepDecisionKind.Change when run.Options.DryRun => decision.Planned ?? $"dry run: would {decision.Text}",
            StepDecisionKind.Check when run.Options.DryRun => NothingToCheck,
            _ => null,
        };
        if (attempt.Skipped is null)
        {
            attempt.SentChange = decision.Kind == StepDecisionKind.Change;
            try
            {
                attempt.Done = await decision.Action!(cancellationToken);
                attempt.State = attempt.Done.State;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                attempt.Error = exception;
            }
        }

        attempt.Elapsed = run.Time.GetElapsedTime(attempt.Started);
    }

    /// <summary>Tells the reporter and the result about one step; the failure when it stops the release.</summary>
    private static ReleaseFailure? Report(ReleaseRun run, StepAttempt attempt, List<StepRecord> outcomes, List<string> changes, List<ChangeKind> changeKinds)
    {
        var (reporter, step, elapsed) = (run.Reporter, attempt.Step, attempt.Elapsed);
        var ms = (long)elapsed.TotalMilliseconds;
        if (attempt.Error is { } exception)
        {
            var failure = FailureMapper.From(exception, step.Name, run.Plan.App.Key, run.Plan.GitHub?.Repository, run.Options.SettingNames);
            if (step.ToleratedFailure(run) is { } warning)
            {
                reporter.Warning($"{warning}: {failure.Line}");
                const string Tolerated = "not done; the release goes on (see the warning above)";
                outcomes.Add(new StepRecord(step.Name, StepEnding.Skipped, ms, Tolerated));
                reporter.StepSkipped(step.Name, Tolerated, elapsed);
                return null;
            }

            outcomes.Add(new StepRecord(step.Name, StepEnding.Failed, ms, failure.Line));
            reporter.StepFailed(step.Name, failure, elapsed);
            return failure;
        }

        var decision = attempt.Decision!;
        if (decision.Kind == StepDecisionKind.Change && (run.Options.DryRun || attempt.Done is not null))
        {
            foreach (var line in decision.ChangeLines)
            {
                changes.Add(line);
                if (run.Options.DryRun)
                {
                    reporter.Info(StepLine.Would(line));
                }
            }

            changeKinds.Add(decision.ChangeKind!.Value);
        }

        if (attempt.Skipped is { } skipped)
        {
            outcomes.Add(new StepRecord(step.Name, StepEnding.Skipped, ms, skipped));
            reporter.StepSkipped(step.Name, skipped, elapsed);
            return null;
        }

        outcomes.Add(new StepRecord(step.Name, StepEnding.Done, ms, attempt.Done!.Summary));
        reporter.StepDone(step.Name, attempt.Done.Summary, elapsed);
        return null;
    }

    /// <summary>One step's run through the loop: its decision, then its work or why it did none.</summary>
    private sealed class StepAttempt(IReleaseStep step, long started)
    {
        public IReleaseStep Step { get; } = step;

        public long Started { get; } = started;

        public ReleaseState State { get; set; } = ReleaseState.Empty;

        public StepDecision? Decision { get; set; }

        public string? Skipped { get; set; }

        public StepEffect? Done { get; set; }

        public Exception? Error { get; set; }

        /// <summary>The step's change ran (even if it then failed): what was read before may be out of date.</summary>
        public bool SentChange { get; set; }

        public TimeSpan Elapsed { get; set; }
    }
}
