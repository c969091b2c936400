using Marketplace.Release.Pipeline;
using Marketplace.Release.Progress;

namespace Cake.Marketplace;

/// <summary>
/// A Marketplace alias failed. <see cref="ExitCode"/> is the exit code of the <c>marketplace-release</c> CLI for the
/// same failure (2 invalid manifest or settings, 3 authentication, 4 refused, 5 still processing, 6 transient,
/// 7 conflict, 9 a release gate is not met, 1 internal). The message is the one line that names the cause and the fix.
/// </summary>
/// <remarks>
/// Cake's <c>CakeException</c> is sealed, and Cake exits with 1 when a task fails whatever the exception; a script
/// that wants the process to exit with <see cref="ExitCode"/> rethrows it from around <c>RunTarget</c>:
/// <code>
/// try { RunTarget(target); }
/// catch (CakeReportException report) when (report.InnerException is MarketplaceReleaseException failed)
/// {
///     throw new CakeException(failed.ExitCode, failed.Message);
/// }
/// </code>
/// </remarks>
public sealed class MarketplaceReleaseException : Exception
{
    /// <summary>Initializes a new instance with exit code 1 and a generic message.</summary>
    public MarketplaceReleaseException()
        : this(1, "the Marketplace release failed")
    {
    }

    /// <summary>Initializes a new instance with exit code 1.</summary>
    /// <param name="message">The cause and the fix.</param>
    public MarketplaceReleaseException(string message)
        : this(1, message)
    {
    }

    /// <summary>Initializes a new instance with exit code 1 and the exception that caused it.</summary>
    /// <param name="message">The cause and the fix.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MarketplaceReleaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = 1;
    }

    /// <summary>Initializes a new instance for a failure found before anything was sent.</summary>
    /// <param name="exitCode">The exit code of the failure.</param>
    /// <param name="message">The cause and the fix.</param>
    public MarketplaceReleaseException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>Initializes a new instance for a release that ran and failed.</summary>
    /// <param name="result">The failed release's result.</param>
    public MarketplaceReleaseException(ReleaseResult result)
        : base(Describe(result))
    {
        ExitCode = result?.ExitCode ?? 1;
        Result = result;
    }

    /// <summary>The exit code of docs/marketplace-api.md § Exit codes for this failure, as the <c>marketplace-release</c> CLI would exit.</summary>
    public int ExitCode { get; }

    /// <summary>The failed release's result (its steps, ids and error), or null when the release did not start.</summary>
    public ReleaseResult? Result { get; }

    /// <summary>The Marketplace's own error text, when it sent one.</summary>
    public string? MarketplaceError => Result?.MarketplaceError;

    private static string Describe(ReleaseResult? result) =>
        StepLine.MarketplaceSaid(result?.MarketplaceError) is { } said
            ? $"{result!.Error} ({said})"
            : result?.Error ?? "the Marketplace release failed";
}
