namespace Marketplace.Release.Failures;

/// <summary>Thrown inside the pipeline to stop it; the engine turns it into a failed <see cref="Pipeline.ReleaseResult"/>.</summary>
public sealed class ReleaseFailedException : Exception
{
    public ReleaseFailedException(ReleaseFailure failure, Exception? innerException = null)
        : base(failure.Line, innerException)
    {
        Failure = failure;
    }

    public ReleaseFailedException(FailureKind kind, string cause, string fix, string? marketplaceText = null)
        : this(new ReleaseFailure(kind, cause, fix, marketplaceText))
    {
    }

    public ReleaseFailedException()
        : this(FailureKind.Internal, "the release failed", "see the log")
    {
    }

    public ReleaseFailedException(string message)
        : this(FailureKind.Internal, message, "see the log")
    {
    }

    public ReleaseFailedException(string message, Exception innerException)
        : this(new ReleaseFailure(FailureKind.Internal, message, "see the log", null), innerException)
    {
    }

    public ReleaseFailure Failure { get; }
}
