namespace Marketplace.Sandbox;

/// <summary>A seed file that cannot be read; the message starts with <c>source:line:column</c>.</summary>
public sealed class SandboxSeedException : Exception
{
    public SandboxSeedException()
    {
    }

    public SandboxSeedException(string message)
        : base(message)
    {
    }

    public SandboxSeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
