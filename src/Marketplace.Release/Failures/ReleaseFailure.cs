namespace Marketplace.Release.Failures;

/// <summary>Why a release stopped: one line of cause, one of fix, then the Marketplace's own words.</summary>
public sealed record ReleaseFailure(FailureKind Kind, string Cause, string Fix, string? MarketplaceText)
{
    public int ExitCode => ExitCodes.For(Kind);

    /// <summary>A usage problem found before anything was sent (exit 2): what is wrong, and what to set instead.</summary>
    public static ReleaseFailure InvalidInput(string cause, string fix) => new(FailureKind.InvalidInput, cause, fix, null);

    /// <summary>The one line every front end prints: cause and fix.</summary>
    public string Line => $"{Cause}. Fix: {Fix}";
}
