namespace Marketplace.Release.Failures;

/// <summary>The exit codes of spec §4, the same from every front end.</summary>
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

    public static int For(FailureKind kind) => kind switch
    {
        FailureKind.InvalidInput => InvalidInput,
        FailureKind.Authentication => Authentication,
        FailureKind.Refused => Refused,
        FailureKind.Pending => Pending,
        FailureKind.Transient => Transient,
        FailureKind.Conflict => Conflict,
        _ => Internal,
    };
}
