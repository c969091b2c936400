using Marketplace.Release.Api;
using Marketplace.Release.Manifest;
using Marketplace.Release.Running;
using Marketplace.Release.Progress;

namespace Marketplace.Release.Failures;

/// <summary>Turns a client error into the one line of cause and fix a person can act on.</summary>
internal static class FailureExplainer
{
    public static ReleaseFailure Explain(MarketplaceApiException error, string step, string? appKey, ISettingNames names)
    {
        var text = error.MarketplaceText;
        return error.Kind switch
        {
            FailureKind.Authentication when error.Status == 401 => new(error.Kind,
                $"the Marketplace refused the credentials ({error.Request} answered 401)",
                "set MARKETPLACE_USER to the Atlassian account e-mail and MARKETPLACE_API_TOKEN to a valid API token (tokens expire within a year)",
                text),
            FailureKind.Authentication when IsReporting(error.Request) => new(error.Kind,
                $"the account lacks the developer space's reporting permission ({error.Request} answered {error.Status})",
                "give the account a developer space role that may view reports (data-analyst or admin), or use an account that has one",
                text),
            FailureKind.Authentication => new(error.Kind,
                $"the account may not do this for {appKey ?? "the app"} ({error.Request} answered {error.Status})",
                "use an account that is a member of the app's vendor with permission to manage versions",
                text),
            FailureKind.Transient when error.Status is { } status => new(error.Kind,
                $"the Marketplace kept failing during {step} ({error.Request} answered {status} after the retries)",
                "re-run later: the release resumes where it stopped and never publishes twice",
                text),
            FailureKind.Transient => new(error.Kind,
                $"no response from the Marketplace during {step} ({error.Request}: {error.InnerException?.Message ?? "timed out"})",
                "check the network and MARKETPLACE_BASE_URL, then re-run: the release resumes where it stopped",
                text),
            FailureKind.Conflict => new(error.Kind,
                $"the Marketplace reports a conflict during {step} ({error.Request} answered {error.Status})",
                "compare the manifest with the live version; bump the version number to release new content",
                text),
            FailureKind.Refused when error.Status is >= 300 and < 400 => new(error.Kind,
                $"{error.Request} answered a redirect ({error.Status}) during {step}; redirects are never followed, so the credentials cannot reach another host",
                $"set {BaseUrlName(names)} to the Marketplace API's own https address, not one that redirects",
                text),
            FailureKind.Refused => new(error.Kind,
                $"the Marketplace refused {error.Request} during {step} ({error.Status})",
                FixForRefusal(step),
                text),
            _ => new(FailureKind.Internal, $"unexpected answer during {step}: {error.Message}", ReportTheLog(names), text),
        };
    }

    /// <summary>The fix of an error nobody foresaw: the log of a re-run with HTTP logging, where the front end has it.</summary>
    public static string ReportTheLog(ISettingNames names) =>
        names[Setting.Debug] is { } debug ? $"re-run with {debug} and report the log" : "report the log";

    private static string BaseUrlName(ISettingNames names) =>
        names[Setting.BaseUrl] is { } setting ? $"{ReleaseVariables.BaseUrl} (or {setting})" : ReleaseVariables.BaseUrl;

    /// <summary>The Reporting API's requests: the feedback details and the partner-metrics query.</summary>
    private static bool IsReporting(string request) =>
        request.Contains("/rest/3/reporting/", StringComparison.Ordinal) || request.Contains("/rest/3/partner-metrics/", StringComparison.Ordinal);

    private static string FixForRefusal(string step) => step switch
    {
        StepNames.UploadArtifact => $"check the artifact: a valid plugin jar/obr of at most {Megabytes.Text(ArtifactSizeRule.MaxBytes)}",
        StepNames.UploadImages => "use .png, .jpg, .gif or .bmp images within the Marketplace's size limits",
        StepNames.CreateVersion => "correct the version fields named in the Marketplace's message in the manifest",
        StepNames.CreateListing or StepNames.Publish => "correct the listing fields named in the Marketplace's message in the manifest",
        StepNames.ResolveProduct => "check app.developerId (or MARKETPLACE_DEVELOPER_ID): the developer space that owns the app",
        StepNames.AppListing => "correct the appListing fields named in the Marketplace's message in the manifest (icon and banner: .png, .jpg, .gif or .bmp)",
        StepNames.CloudMigration => "correct the cloudMigration fields named in the Marketplace's message in the manifest",
        StepNames.PrivacySecurity => "correct the answers named in the Marketplace's message in the privacySecurity file",
        _ => "correct what the Marketplace's message names, then re-run",
    };
}
