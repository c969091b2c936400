namespace Marketplace.Release.Container.Tests.Fixtures;

/// <summary>What one docker command produced.</summary>
internal sealed record ProcessResult(int ExitCode, string Out, string Error)
{
    /// <summary>stdout split into lines, without empty ones.</summary>
    public IReadOnlyList<string> Lines => [.. Out.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
