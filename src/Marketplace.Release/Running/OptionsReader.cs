using Marketplace.Release.Api;
using Marketplace.Release.Failures;
using Marketplace.Release.GitHub;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Running;

/// <summary>
/// The engine's options from the request: what the front end gave, else <see cref="ReleaseDefaults"/> and the
/// client's own defaults. A value that cannot be used is a usage error naming where it was given.
/// </summary>
internal static class OptionsReader
{
    /// <returns>The options, or null with <paramref name="problem"/> set.</returns>
    public static ReleaseOptions? Read(ReleaseRequest request, MarketplaceConnection connection, GitHubConnection? gitHub, out ReleaseFailure? problem)
    {
        problem = null;
        var defaults = new MarketplaceClientOptions();
        var waitTimeout = WaitTimeout(request, ref problem);
        var waitForApproval = Duration(request.WaitForApprovalText, request.WaitForApproval, ref problem);
        var client = defaults with
        {
            RequestTimeout = Positive(request.RequestTimeout, ref problem) ?? defaults.RequestTimeout,
            AttemptTimeout = Positive(request.AttemptTimeout, ref problem) ?? defaults.AttemptTimeout,
            UploadAttemptTimeout = Positive(request.UploadTimeout, ref problem) ?? defaults.UploadAttemptTimeout,
            MaxRetries = NotNegative(request.MaxRetries, ref problem) ?? defaults.MaxRetries,
        };
        if (problem is not null)
        {
            return null;
        }

        var options = new ReleaseOptions
        {
            Connection = connection,
            GitHub = gitHub,
            Client = client,
            DryRun = request.DryRun,
            NoWait = request.NoWait,
            WaitTimeout = waitTimeout,
            WaitForApproval = waitForApproval,
            TimeProvider = request.Time,
            Debug = request.Debug,
            SettingNames = request.SettingNames,
        };
        return request.AdjustOptions is { } adjust ? adjust(options) : options;
    }

    /// <summary>The first problem of the request's durations, checked before the manifest is read.</summary>
    public static ReleaseFailure? Check(ReleaseRequest request)
    {
        ReleaseFailure? problem = null;
        _ = WaitTimeout(request, ref problem);
        _ = Duration(request.WaitForApprovalText, request.WaitForApproval, ref problem);
        _ = Positive(request.RequestTimeout, ref problem);
        _ = Positive(request.AttemptTimeout, ref problem);
        _ = Positive(request.UploadTimeout, ref problem);
        _ = NotNegative(request.MaxRetries, ref problem);
        return problem;
    }

    private static TimeSpan WaitTimeout(ReleaseRequest request, ref ReleaseFailure? problem) =>
        Duration(request.WaitTimeoutText, request.WaitTimeout, ref problem) ?? ReleaseDefaults.WaitTimeout;

    /// <summary>A duration given as text (parsed here, so every front end words a bad value alike) or typed; null when neither.</summary>
    private static TimeSpan? Duration(Given<string>? text, Given<TimeSpan>? typed, ref ReleaseFailure? problem)
    {
        if (text is not null)
        {
            if (DurationParser.TryParse(text.Value, out var parsed))
            {
                return parsed;
            }

            problem ??= ReleaseFailure.InvalidInput($"{text.Source} '{text.Value}' is not a duration", "write e.g. 90s, 10m or 1h");
            return null;
        }

        return Positive(typed, ref problem);
    }

    private static TimeSpan? Positive(Given<TimeSpan>? given, ref ReleaseFailure? problem)
    {
        if (given is { Value: var value } && value <= TimeSpan.Zero)
        {
            problem ??= ReleaseFailure.InvalidInput($"{given.Source} is {value}", "use a positive duration, e.g. TimeSpan.FromMinutes(10) (nothing was sent)");
            return null;
        }

        return given?.Value;
    }

    private static int? NotNegative(Given<int>? given, ref ReleaseFailure? problem)
    {
        if (given is { Value: < 0 })
        {
            problem ??= ReleaseFailure.InvalidInput($"{given.Source} is {given.Value}", "use 0 or more (nothing was sent)");
            return null;
        }

        return given?.Value;
    }
}
