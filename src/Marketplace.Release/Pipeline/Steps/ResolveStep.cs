using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Pipeline.State;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// The app software id from the app key and hosting; product versions to build numbers, and <c>max: latest</c> to the
/// newest active version of the product for the app's hosting (docs/marketplace-api.md § Latest product version).
/// </summary>
internal sealed class ResolveStep : IReleaseStep
{
    public string Name => StepNames.Resolve;

    public Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken) =>
        Task.FromResult(StepDecision.Read(token => ResolveAsync(run, state, token)));

    private static async Task<StepEffect> ResolveAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var app = run.Plan.App;
        // Issue 22: none of these reads depends on another, so they are sent together and the step waits for one
        // round trip, not one per read. Every read finishes before anything is judged, and results and failures are
        // taken in the manifest's order (the app first), so the outcome is the same whichever answer comes first.
        var softwareRead = run.Client.GetAppSoftwareAsync(app.Key, app.Hosting, cancellationToken);
        var entryReads = run.Plan.Version.Compatibility
            .Select(entry => CompatibilityResolver.ResolveAsync(run.Products, entry, app.Hosting, cancellationToken)).ToList();
        Task[] reads = [softwareRead, .. entryReads];
        await Task.WhenAll(reads).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var software = await softwareRead;
        var match = software?.FirstOrDefault(s => s.Hosting == app.Hosting)
            ?? (software is [var only] && only.Hosting is null ? only : null);
        if (match?.AppSoftwareId is not { } appSoftwareId)
        {
            var hostings = software is { Count: > 0 } ? string.Join(", ", software.Select(s => s.Hosting?.Word())) : null;
            throw new ReleaseFailedException(FailureKind.Refused,
                hostings is null
                    ? $"the Marketplace has no app with the key '{app.Key}'"
                    : $"the app '{app.Key}' has no {app.Hosting.Word()} hosting (it has: {hostings})",
                hostings is null
                    ? "check app.key in the manifest; the first listing of an app is created by hand in the Marketplace UI, the API only adds versions"
                    : "set app.hosting to one the app has, or create that hosting in the Marketplace UI first");
        }

        var compatibilities = new List<Compatibility>();
        var shown = new List<string>();
        var latest = new List<string>();
        foreach (var entryRead in entryReads)
        {
            var resolved = await entryRead;
            compatibilities.Add(resolved.Compatibility);
            shown.Add(resolved.Shown);
            if (resolved.LatestNote is { } note)
            {
                latest.Add(note);
            }
        }

        var described = string.Join(", ", shown) + (latest.Count > 0 ? $" ({string.Join(", ", latest)})" : string.Empty);
        return new StepEffect(state with { App = new ResolvedApp(appSoftwareId, compatibilities) },
            $"app software {appSoftwareId} ({app.Hosting.Word()}); compatibility {described}");
    }
}
