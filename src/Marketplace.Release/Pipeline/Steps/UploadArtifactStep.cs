using System.Globalization;
using Marketplace.Release.Api;
using Marketplace.Release.Domain;
using Marketplace.Release.Failures;
using Marketplace.Release.Manifest;
using Marketplace.Release.Pipeline.State;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Uploads the artifact (streamed from disk) or asks the Marketplace to fetch its URL. Skipped when the version
/// already exists, or when an earlier run uploaded the same file and the live artifact proves it. Runs beside the
/// image uploads: the artifact is its part of the state.
/// </summary>
internal sealed class UploadArtifactStep(ArtifactStateStore uploads) : ISideBySideStep
{
    public string Name => StepNames.UploadArtifact;

    public ReleaseState Merge(ReleaseState into, ReleaseState own) => into with { Artifact = own.Artifact };

    public async Task<StepDecision> DecideAsync(ReleaseRun run, ReleaseState state, CancellationToken cancellationToken)
    {
        var version = state.Version(run.Plan);
        if (state.LiveVersion is not null)
        {
            return StepDecision.Skip(state.Artifact is { } used ? $"the version exists and uses artifact {used.Id}" : "the version exists");
        }

        if (!version.Framework.PointsAtArtifact() || version.Artifact is not { } artifact)
        {
            return StepDecision.Skip($"the {version.Framework.Word()} framework takes no uploaded artifact");
        }

        if (artifact.Url is { } url)
        {
            return StepDecision.Change(ChangeKind.Upload, $"ask the Marketplace to fetch {url}", token => FetchAsync(run, state, url, token), $"dry run: would fetch {url}");
        }

        var path = artifact.LocalPath!;
        var size = new FileInfo(path).Length;
        var limit = run.Options.Client.MaxArtifactBytes;
        if (ArtifactSizeRule.IsTooLarge(size, limit))
        {
            throw new ReleaseFailedException(FailureKind.InvalidInput,
                $"the artifact {Path.GetFileName(path)} is {Megabytes.Text(size)}, over the Marketplace's limit of {Megabytes.Text(limit)}",
                "make the artifact smaller (nothing was sent)");
        }

        // Hashing 250 MB costs about a second: only worth it up front when an earlier upload may match.
        if (uploads.RemembersArtifacts(run.Options.Connection.BaseUrl)
            && await EarlierUploadAsync(run, state, await run.Checksums.Sha512Async(path, cancellationToken), cancellationToken) is { } earlier)
        {
            return StepDecision.Skip($"an earlier run uploaded this file as artifact {earlier} (same sha512)",
                state with { Artifact = new UsedArtifact(earlier, Ready: false) });
        }

        return StepDecision.Change(ChangeKind.Upload, $"upload {Path.GetFileName(path)} ({Megabytes.Text(size)})", token => UploadAsync(run, state, path, size, token));
    }

    private async Task<StepEffect> FetchAsync(ReleaseRun run, ReleaseState state, Uri url, CancellationToken cancellationToken)
    {
        await KeepSpacingAsync(run, cancellationToken);
        var fetched = await run.Client.FetchArtifactAsync(url, cancellationToken);
        uploads.RecordUpload(run.Options.Connection.BaseUrl, run.Time.GetUtcNow(), null, null);
        var artifactId = fetched.ArtifactId ?? throw MissingId();
        PluginDetails.Check(run, state, fetched, Path.GetFileName(url.AbsolutePath));
        return new StepEffect(state with { Artifact = new UsedArtifact(artifactId, Ready: false, fetched.FileInfo?.Checksum) }, $"the Marketplace fetched {url} as artifact {artifactId}");
    }

    private async Task<StepEffect> UploadAsync(ReleaseRun run, ReleaseState state, string path, long size, CancellationToken cancellationToken)
    {
        await KeepSpacingAsync(run, cancellationToken);
        var name = Path.GetFileName(path);
        var progress = new TransferProgress(run, name);
        var before = FileStamp.Of(path);
        var uploaded = await run.Client.UploadArtifactAsync(path, progress.Report, cancellationToken);
        var artifactId = uploaded.ArtifactId ?? throw MissingId();
        if (FileStamp.Of(path) != before || uploaded.FileInfo?.Size is { } receivedSize && receivedSize != before.Length)
        {
            // Nothing is remembered: a re-run uploads the finished file instead of reusing this artifact.
            throw new ReleaseFailedException(FailureKind.Transient,
                $"{name} changed while it was uploaded (artifact {artifactId} holds {uploaded.FileInfo?.Size ?? -1} bytes of it)",
                "re-run once the build has finished writing the artifact: it is uploaded again");
        }

        // Before the upload is remembered: a re-run must not reuse an artifact of another app or version.
        PluginDetails.Check(run, state, uploaded, name);

        // The Marketplace's checksum of what it received is the file's (unchanged, and TCP delivered it whole), so
        // the file is read once, by the upload; the resume state and a later comparison use that checksum.
        uploads.RecordUpload(run.Options.Connection.BaseUrl, run.Time.GetUtcNow(), uploaded.FileInfo?.Checksum, artifactId);
        if (uploaded.FileInfo?.Checksum is { Length: > 0 } received)
        {
            run.Checksums.Remember(path, received);
        }

        // A GitHub asset was hashed as it was downloaded: what the Marketplace holds must be those bytes.
        // (Only when the Marketplace names no checksum is the file hashed here, a second read.)
        if (state.GitHub?.Asset is { } downloaded
            && !FileChecksum.Same(uploaded.FileInfo?.Checksum ?? await FileChecksum.Sha512Async(path, cancellationToken), downloaded.Checksum))
        {
            throw new ReleaseFailedException(FailureKind.Transient,
                $"the Marketplace holds {name} with another checksum than the GitHub release asset had when it was downloaded",
                "re-run: the asset is downloaded and uploaded again");
        }

        return new StepEffect(state with { Artifact = new UsedArtifact(artifactId, Ready: false, uploaded.FileInfo?.Checksum) },
            $"uploaded {name} ({Megabytes.Text(size)}, {progress.Rate()}) as artifact {artifactId}");
    }

    /// <summary>The artifact id an earlier run uploaded this file as, when the Marketplace still holds it with this checksum.</summary>
    private async Task<string?> EarlierUploadAsync(ReleaseRun run, ReleaseState state, string checksum, CancellationToken cancellationToken)
    {
        if (uploads.FindArtifactId(run.Options.Connection.BaseUrl, checksum) is not { } earlier)
        {
            return null;
        }

        var live = await run.Client.GetArtifactAsync(earlier, cancellationToken);
        if (live?.FileInfo?.Checksum is { } liveChecksum && FileChecksum.Same(liveChecksum, checksum))
        {
            PluginDetails.Check(run, state, live, live.FileInfo.LogicalFileName ?? earlier);
            return earlier;
        }

        run.Reporter.Info($"the remembered artifact {earlier} is not on the Marketplace with this checksum; uploading again");
        return null;
    }

    /// <summary>The Marketplace wants at least <c>UploadSpacing</c> between two uploads from one account.</summary>
    private async Task KeepSpacingAsync(ReleaseRun run, CancellationToken cancellationToken)
    {
        if (uploads.LastUpload(run.Options.Connection.BaseUrl) is not { } last)
        {
            return;
        }

        var spacing = run.Options.Client.UploadSpacing;
        var wait = last + spacing - run.Time.GetUtcNow();
        if (wait > TimeSpan.Zero && wait <= spacing)
        {
            run.Reporter.Progress(Name, $"waiting {DurationText.Format(wait)}: the Marketplace needs {DurationText.Format(spacing)} between two uploads");
            await Task.Delay(wait, run.Time, cancellationToken);
        }
    }

    private static MarketplaceApiException MissingId() =>
        new("POST /rest/3/artifacts", 200, new ApiError(null, ["the response has no _links.self.href to take the artifact id from"], string.Empty), FailureKind.Internal);

    /// <summary>Progress lines (bytes, percent, MB/s), at most one per <c>ProgressInterval</c>.</summary>
    private sealed class TransferProgress(ReleaseRun run, string name)
    {
        private readonly long started = run.Time.GetTimestamp();
        private long lastReport = run.Time.GetTimestamp();
        private long bytes;

        public void Report(long sent, long total)
        {
            bytes = sent;
            var now = run.Time.GetTimestamp();
            // A line at most every interval; an upload faster than that needs none (the step's line says it all).
            if (run.Time.GetElapsedTime(lastReport, now) < run.Options.ProgressInterval)
            {
                return;
            }

            lastReport = now;
            var percent = total > 0 ? sent * 100.0 / total : 100;
            run.Reporter.Progress(StepNames.UploadArtifact,
                $"{name}: {Megabytes.Format(sent)} / {Megabytes.Text(total)} ({percent.ToString("0", CultureInfo.InvariantCulture)} %), {Rate()}");
        }

        public string Rate()
        {
            return Megabytes.Rate(bytes, run.Time.GetElapsedTime(started));
        }
    }
}
