using Marketplace.Release.Reliability.Tests.Fixtures;

namespace Marketplace.Release.Reliability.Tests;

/// <summary>Writes the reliability report once every fixture of the assembly has run.</summary>
[SetUpFixture]
internal sealed class ReportWriter
{
    [OneTimeTearDown]
    public void WriteReport() => ReliabilityReport.WriteIfAsked();
}
