namespace Marketplace.Release.Failures;

/// <summary>The exit codes of docs/marketplace-api.md § Exit codes, the same from every front end.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Internal = 1;
    public const int InvalidInput = 2;
    public const int Authentication = 3;
    public const int Refused = 4;
    public const int Pending = 5;
    public const int Transient = 6;
    public const int Conflict = 7;

    /// <summary>
    /// Not a failure: a plan asked for with a detailed exit code (<c>plan --detailed-exitcode</c>) found something to
    /// change (docs/marketplace-api.md § Exit codes, for scheduled drift checks); the same plan finding nothing exits 0.
    /// </summary>
    public const int PlannedChanges = 8;

    /// <summary>A release gate (<c>gates:</c> in the manifest) is not met; nothing was sent.</summary>
    public const int GateNotMet = 9;

    public static int For(FailureKind kind) => kind switch
    {
        FailureKind.InvalidInput => InvalidInput,
        FailureKind.Authentication => Authentication,
        FailureKind.Refused => Refused,
        FailureKind.Pending => Pending,
        FailureKind.Transient => Transient,
        FailureKind.Conflict => Conflict,
        FailureKind.GateNotMet => GateNotMet,
        _ => Internal,
    };
}
