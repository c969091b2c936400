using Marketplace.Release.Api;
using Marketplace.Release.Failures;
using Marketplace.Release.Hosting;
using Marketplace.Release.Pipeline;

namespace Cake.Marketplace;

/// <summary>
/// Turns <see cref="MarketplaceSettings"/> and the Cake environment into the engine's options, checked before
/// anything is sent: a missing credential or a refused base URL fails with exit code 2.
/// </summary>
internal static class SettingsResolver
{
    public const string UserVariable = "MARKETPLACE_USER";
    public const string TokenVariable = "MARKETPLACE_API_TOKEN";
    public const string BaseUrlVariable = "MARKETPLACE_BASE_URL";

    public static string? Token(MarketplaceSettings settings, IEnvironmentReader environment) =>
        NonEmpty(settings.ApiToken) ?? NonEmpty(environment.Get(TokenVariable));

    public static MarketplaceConnection Connection(MarketplaceSettings settings, IEnvironmentReader environment)
    {
        var (baseText, baseSource) = NonEmpty(settings.BaseUrl) is { } fromSettings ? (fromSettings, "MarketplaceSettings.BaseUrl")
            : NonEmpty(environment.Get(BaseUrlVariable)) is { } fromEnvironment ? (fromEnvironment, BaseUrlVariable)
            : (MarketplaceConnection.DefaultBaseUrl, "the default base URL");
        if (BaseUrlPolicy.Check(baseText, baseSource, out var problem) is not { } baseUrl)
        {
            throw new MarketplaceReleaseException(ExitCodes.InvalidInput, $"{problem} (nothing was sent)");
        }

        var user = NonEmpty(settings.User) ?? NonEmpty(environment.Get(UserVariable));
        var token = Token(settings, environment);
        if (user is null || token is null)
        {
            var missing = string.Join(" and ", new[] { (UserVariable, user), (TokenVariable, token) }.Where(p => p.Item2 is null).Select(p => p.Item1));
            throw new MarketplaceReleaseException(ExitCodes.InvalidInput,
                $"{missing} not set. Fix: set {UserVariable} to the Atlassian account e-mail and {TokenVariable} to an API token of that account, or MarketplaceSettings.User and ApiToken (nothing was sent)");
        }

        return new MarketplaceConnection(baseUrl, user, token);
    }

    public static ReleaseOptions Options(MarketplaceSettings settings, MarketplaceConnection connection, bool dryRun)
    {
        var client = new MarketplaceClientOptions();
        client = client with
        {
            RequestTimeout = Positive(settings.RequestTimeout, nameof(settings.RequestTimeout)) ?? client.RequestTimeout,
            AttemptTimeout = Positive(settings.AttemptTimeout, nameof(settings.AttemptTimeout)) ?? client.AttemptTimeout,
            UploadAttemptTimeout = Positive(settings.UploadTimeout, nameof(settings.UploadTimeout)) ?? client.UploadAttemptTimeout,
            MaxRetries = settings.MaxRetries is { } retries
                ? retries >= 0 ? retries : throw Invalid($"MarketplaceSettings.MaxRetries is {retries}. Fix: use 0 or more")
                : client.MaxRetries,
        };
        var options = new ReleaseOptions { Connection = connection, Client = client, DryRun = dryRun || settings.DryRun, NoWait = settings.NoWait };
        return options with { WaitTimeout = Positive(settings.WaitTimeout, nameof(settings.WaitTimeout)) ?? options.WaitTimeout };
    }

    private static TimeSpan? Positive(TimeSpan? value, string name) =>
        value is { } given && given <= TimeSpan.Zero
            ? throw Invalid($"MarketplaceSettings.{name} is {given}. Fix: use a positive duration, e.g. TimeSpan.FromMinutes(10)")
            : value;

    private static MarketplaceReleaseException Invalid(string message) => new(ExitCodes.InvalidInput, $"{message} (nothing was sent)");

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
