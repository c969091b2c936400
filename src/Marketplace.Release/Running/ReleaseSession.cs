using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Init;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Running;

/// <summary>
/// One release as every front end runs it: <see cref="Begin"/> (the secrets to mask, before anything is printed),
/// <see cref="Prepare"/> (manifest, connections and options, checked before the first request), <see cref="RunAsync"/>
/// and <see cref="Complete"/> (the result file and the closing line). A front end only adapts its inputs and its log.
/// </summary>
public sealed class ReleaseSession
{
    private readonly ReleaseRequest request;

    private ReleaseSession(IEnvironmentReader environment, ReleaseRequest request)
    {
        this.request = request;
        // The front end's credentials override the usual variables, for the connection and the manifest's
        // interpolation alike (a workflow's `with: api-token:` wins over a job-level MARKETPLACE_API_TOKEN).
        Environment = new OverlayEnvironment(environment, new Dictionary<string, string?>
        {
            [ReleaseVariables.User] = request.User?.Value,
            [ReleaseVariables.ApiToken] = request.ApiToken?.Value,
            [ReleaseVariables.GitHubToken] = request.GitHubToken?.Value,
        });
        Mask = SecretMask.For(Environment.Get(ReleaseVariables.User), Environment.Get(ReleaseVariables.ApiToken), Environment.Get(ReleaseVariables.GitHubToken));
        ManifestPath = Path.GetFullPath(request.ManifestPath ?? ReleaseDefaults.ManifestFile, request.WorkingDirectory);
        ResultFile = request.ResultFile is { } file ? Path.GetFullPath(file, request.WorkingDirectory) : null;
    }

    /// <summary>The secrets of this release and their mask: a host registers or applies them before it prints anything.</summary>
    public SecretMask Mask { get; }

    /// <summary>The environment the release reads: the process's (or Cake's) with the front end's credentials over it.</summary>
    public IEnvironmentReader Environment { get; }

    public string ManifestPath { get; }

    public string? ResultFile { get; }

    public static ReleaseSession Begin(IEnvironmentReader environment, ReleaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(request);
        return new ReleaseSession(environment, request);
    }

    /// <summary>Reads the manifest offline; diagnostics come masked (a manifest may interpolate a secret where one is quoted).</summary>
    public ManifestCheck CheckManifest()
    {
        try
        {
            return new ManifestCheck(ManifestLoader.Load(ManifestPath, Environment, request.WorkspaceRoot, request.CheckoutFolders), []);
        }
        catch (ManifestException invalid)
        {
            return new ManifestCheck(null, [.. invalid.Diagnostics.Select(d => d with { Message = Mask.Apply(d.Message) })]);
        }
    }

    /// <summary>The line a front end prints for a valid manifest (<c>validate</c>).</summary>
    public static string ValidLine(ReleasePlan plan) => PlanDescription.Valid(plan);

    /// <summary>The line a front end prints for an invalid manifest (<c>validate</c>): <c>✖ 3 problems in marketplace-release.yml</c>.</summary>
    public string InvalidLine(int problems) => PlanDescription.Invalid(problems, ManifestPath);

    /// <summary><c>3 problems in marketplace-release.yml</c>, for a front end that words the failure its own way (an exception).</summary>
    public string Problems(int problems) => PlanDescription.Problems(problems, ManifestPath);

    /// <summary>Everything checked before the first request, in the order a user fixes it: inputs, manifest, connections.</summary>
    public ReleasePreparation Prepare()
    {
        if ((request.InputProblem ?? OptionsReader.Check(request) ?? DetailedExitCode.Check(request)) is { } inputProblem)
        {
            return Failed(SessionResults.Invalid(inputProblem));
        }

        var check = CheckManifest();
        if (check.Plan is not { } plan)
        {
            var invalid = ReleaseFailure.InvalidInput($"{Problems(check.Diagnostics.Count)}; nothing was sent",
                $"correct each problem listed (in the log, and under diagnostics in the result file); {request.SettingNames.ValidateCommand} checks offline");
            return Failed(SessionResults.Invalid(invalid, diagnostics: check.Diagnostics)) with { Diagnostics = check.Diagnostics };
        }

        if (TargetSelection.Select(plan, request.Targets, out var selectionProblem) is not { } selected)
        {
            return Failed(SessionResults.Invalid(selectionProblem!, plan)) with { Plan = plan };
        }

        plan = selected;
        var connection = ConnectionReader.Read(Environment, request, out var problem);
        var gitHub = connection is null ? null : GitHubSettings.Read(Environment, plan, request.SettingNames, out problem);
        var options = problem is null ? OptionsReader.Read(request, connection!, gitHub, out problem) : null;
        if (options is null)
        {
            return Failed(SessionResults.Invalid(problem!, plan)) with { Plan = plan };
        }

        return new ReleasePreparation { Plan = plan, Options = options, OpeningLine = PlanDescription.Opening(plan, request, options.Connection.BaseUrl) };
    }

    /// <summary>Runs a prepared release (a failed preparation is its own result: nothing is sent).</summary>
    public async Task<ReleaseResult> RunAsync(ReleasePreparation preparation, IReleaseReporter reporter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        if (preparation is not { Plan: { } plan, Options: { } options })
        {
            return preparation.Failure ?? throw new ArgumentException("the preparation holds neither a plan nor a failure", nameof(preparation));
        }

        var result = await ReleaseEngine.PublishAsync(plan, options, reporter, request.StopAfter, cancellationToken).ConfigureAwait(false);
        return DetailedExitCode.Apply(request, result);
    }

    /// <summary>Writes the result file (a failure to write is a warning, never a changed outcome) and returns the closing line.</summary>
    public string Complete(ReleaseResult result, IReleaseReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(reporter);
        if (ResultFile is { } path)
        {
            try
            {
                var folder = Path.GetDirectoryName(path);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllText(path, Mask.Apply(ReleaseResultJson.Serialize(result)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                reporter.Warning(Mask.Apply($"could not write the result file {path}: {exception.Message}"));
            }
        }

        return Mask.Apply(ReleaseSummary.Line(result));
    }

    /// <summary>
    /// <c>init</c> in this session: the same secrets and mask, connection and client options as a release, its inputs
    /// checked before the first request, its messages in the front end's setting names; a failure comes masked.
    /// </summary>
    public async Task<ManifestInitResult> InitAsync(InitRequest init, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(init);
        var result = await ManifestInit.RunAsync(Environment, request, init, cancellationToken).ConfigureAwait(false);
        return result.Failure is { } failure
            ? result with { Failure = failure with { Cause = Mask.Apply(failure.Cause), Fix = Mask.Apply(failure.Fix), MarketplaceText = failure.MarketplaceText is { } text ? Mask.Apply(text) : null } }
            : result;
    }

    /// <summary>The closing line of <c>init</c>, masked.</summary>
    public string Complete(ManifestInitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Mask.Apply(result.Line);
    }

    private static ReleasePreparation Failed(ReleaseResult failure) => new() { Failure = failure };
}
