using System.Globalization;
using Marketplace.Release.Api;
using Marketplace.Release.Reporting;

namespace Marketplace.Release.Pipeline.Steps;

/// <summary>
/// Uploads the artifact (streamed from disk) or asks the Marketplace to fetch its URL. Skipped when the version
/// already exists, or when an earlier run uploaded the same file and the live artifact proves it.
/// </summary>
internal sealed class UploadArtifactStep(ArtifactStateStore state) : IReleaseStep
{
    public string Name => StepNames.UploadArtifact;

    public async Task<StepResult> RunAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        var artifact = context.Plan.Version.Artifact;
        if (context.LiveVersion is not null)
        {
            return StepResult.Skip(context.ArtifactId is { } id ? $"the version exists and uses artifact {id}" : "the version exists");
        }

        if (!DesiredVersion.UsesArtifact(context.Plan.Version.Framework) || artifact is null)
        {
            return StepResult.Skip($"the {context.Plan.Version.Framework} framework takes no uploaded artifact");
        }

        try
        {
            if (artifact.Url is { } url)
            {
                context.Change($"ask the Marketplace to fetch {url}");
                if (context.DryRun)
                {
                    return StepResult.Skip($"dry run: would fetch {url}");
                }

                await KeepSpacingAsync(context, cancellationToken);
                var fetched = await context.Client.FetchArtifactAsync(url, cancellationToken);
                state.RecordUpload(context.Options.Connection.BaseUrl, context.Time.GetUtcNow(), null, null);
                context.ArtifactId = fetched.ArtifactId ?? throw MissingId();
                return StepResult.Done($"the Marketplace fetched {url} as artifact {context.ArtifactId}");
            }

            var path = artifact.LocalPath!;
            var size = new FileInfo(path).Length;
            var limit = context.Options.Client.MaxArtifactBytes;
            if (size > limit)
            {
                throw new ReleaseFailedException(FailureKind.InvalidInput,
                    $"the artifact {Path.GetFileName(path)} is {Megabytes(size)} MB, over the Marketplace's limit of {Megabytes(limit)} MB",
                    "make the artifact smaller (nothing was sent)");
            }

            // Hashing 250 MB costs about a second: only worth it up front when an earlier upload may match.
            if (state.RemembersArtifacts(context.Options.Connection.BaseUrl)
                && await ReuseEarlierUploadAsync(context, await context.LocalChecksumAsync(cancellationToken) ?? string.Empty, cancellationToken) is { } reused)
            {
                return reused;
            }

            context.Change($"upload {Path.GetFileName(path)} ({Megabytes(size)} MB)");
            if (context.DryRun)
            {
                return StepResult.Skip($"dry run: would upload {Path.GetFileName(path)} ({Megabytes(size)} MB)");
            }

            await KeepSpacingAsync(context, cancellationToken);
            var progress = new TransferProgress(context, Path.GetFileName(path));
            var (uploaded, checksum) = await context.Client.UploadArtifactAsync(path, progress.Report, cancellationToken);
            context.SetLocalChecksum(checksum);
            context.ArtifactId = uploaded.ArtifactId ?? throw MissingId();
            state.RecordUpload(context.Options.Connection.BaseUrl, context.Time.GetUtcNow(), checksum, context.ArtifactId);
            if (uploaded.FileInfo?.Checksum is { } received && !FileChecksum.Same(received, checksum))
            {
                throw new ReleaseFailedException(FailureKind.Transient,
                    $"the Marketplace received {Path.GetFileName(path)} with another checksum ({received[..Math.Min(received.Length, 19)]}…) than the file has",
                    "re-run: the upload is sent again (the bytes were changed on the way)");
            }

            // A GitHub asset was hashed as it was downloaded: what the Marketplace holds must be those bytes.
            if (context.DownloadedChecksum is { } downloaded && !FileChecksum.Same(uploaded.FileInfo?.Checksum ?? checksum, downloaded))
            {
                throw new ReleaseFailedException(FailureKind.Transient,
                    $"the Marketplace holds {Path.GetFileName(path)} with another checksum than the GitHub release asset had when it was downloaded",
                    "re-run: the asset is downloaded and uploaded again");
            }

            return StepResult.Done($"uploaded {Path.GetFileName(path)} ({Megabytes(size)} MB, {progress.Rate()}) as artifact {context.ArtifactId}");
        }
        catch (MarketplaceApiException error)
        {
            throw context.Fail(error);
        }
    }

    private async Task<StepResult?> ReuseEarlierUploadAsync(ReleaseContext context, string checksum, CancellationToken cancellationToken)
    {
        if (state.FindArtifactId(context.Options.Connection.BaseUrl, checksum) is not { } earlier)
        {
            return null;
        }

        var live = await context.Client.GetArtifactAsync(earlier, cancellationToken);
        if (live?.FileInfo?.Checksum is { } liveChecksum && FileChecksum.Same(liveChecksum, checksum))
        {
            context.ArtifactId = earlier;
            return StepResult.Skip($"an earlier run uploaded this file as artifact {earlier} (same sha512)");
        }

        context.Reporter.Info($"the remembered artifact {earlier} is not on the Marketplace with this checksum; uploading again");
        return null;
    }

    /// <summary>The Marketplace wants at least <c>UploadSpacing</c> between two uploads from one account.</summary>
    private async Task KeepSpacingAsync(ReleaseContext context, CancellationToken cancellationToken)
    {
        if (state.LastUpload(context.Options.Connection.BaseUrl) is not { } last)
        {
            return;
        }

        var wait = last + context.Options.Client.UploadSpacing - context.Time.GetUtcNow();
        if (wait > TimeSpan.Zero && wait <= context.Options.Client.UploadSpacing)
        {
            context.Reporter.Progress(Name, $"waiting {wait.TotalSeconds:0.#} s: the Marketplace needs {context.Options.Client.UploadSpacing.TotalSeconds:0} s between two uploads");
            await Task.Delay(wait, context.Time, cancellationToken);
        }
    }

    private static MarketplaceApiException MissingId() =>
        new("POST /rest/3/artifacts", 200, new ApiError(null, ["the response has no _links.self.href to take the artifact id from"], string.Empty), FailureKind.Internal);

    internal static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Progress lines (bytes, percent, MB/s), at most one per <c>ProgressInterval</c>.</summary>
    private sealed class TransferProgress(ReleaseContext context, string name)
    {
        private readonly long started = context.Time.GetTimestamp();
        private long lastReport = context.Time.GetTimestamp();
        private long bytes;

        public void Report(long sent, long total)
        {
            bytes = sent;
            var now = context.Time.GetTimestamp();
            // A line at most every interval; an upload faster than that needs none (the step's line says it all).
            if (context.Time.GetElapsedTime(lastReport, now) < context.Options.ProgressInterval)
            {
                return;
            }

            lastReport = now;
            var percent = total > 0 ? sent * 100.0 / total : 100;
            context.Reporter.Progress(StepNames.UploadArtifact,
                $"{name}: {Megabytes(sent)} / {Megabytes(total)} MB ({percent.ToString("0", CultureInfo.InvariantCulture)} %), {Rate()}");
        }

        public string Rate()
        {
            var seconds = Math.Max(context.Time.GetElapsedTime(started).TotalSeconds, 0.001);
            return $"{(bytes / 1048576.0 / seconds).ToString("0.0", CultureInfo.InvariantCulture)} MB/s";
        }
    }
}
