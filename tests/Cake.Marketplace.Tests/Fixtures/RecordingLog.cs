using System.Globalization;
using Cake.Core.Diagnostics;

namespace Cake.Marketplace.Tests.Fixtures;

/// <summary>An <see cref="ICakeLog"/> that keeps every line, formatted as Cake would.</summary>
internal sealed class RecordingLog : ICakeLog
{
    public List<(LogLevel Level, Verbosity Verbosity, string Text)> Lines { get; } = [];

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public string Text => string.Join("\n", Lines.Select(line => line.Text));

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args) =>
        Lines.Add((level, verbosity, string.Format(CultureInfo.InvariantCulture, format, args)));
}
