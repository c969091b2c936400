using Marketplace.Release.Failures;

namespace Marketplace.Release.Cli;

/// <summary>
/// The exit codes as the help lists them, one entry per code of <see cref="ExitCodes"/> (a test checks that none is
/// missing): a new code is one more entry here.
/// </summary>
internal static class ExitCodeHelp
{
    public static IReadOnlyList<(int Code, string Meaning)> Entries { get; } =
    [
        (ExitCodes.Success, "done"),
        (ExitCodes.InvalidInput, "invalid manifest or usage"),
        (ExitCodes.Authentication, "credentials refused"),
        (ExitCodes.Refused, "request refused"),
        (ExitCodes.Pending, "still processing (re-run resumes)"),
        (ExitCodes.Transient, "transient failures outlasted retries"),
        (ExitCodes.Conflict, "conflict"),
        (ExitCodes.PlannedChanges, "plan --detailed-exitcode found changes"),
        (ExitCodes.GateNotMet, "a release gate is not met (nothing sent)"),
        (ExitCodes.Internal, "internal error"),
    ];

    /// <summary><c>Exit codes: 0 done, 2 invalid manifest or usage, …, 1 internal error.</c></summary>
    public static string Line => "Exit codes: " + string.Join(", ", Entries.Select(entry => $"{entry.Code} {entry.Meaning}")) + ".";
}
