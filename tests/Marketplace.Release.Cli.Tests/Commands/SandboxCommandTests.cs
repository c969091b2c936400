using System.Net;
using System.Net.Sockets;
using Marketplace.Release.Cli.Tests.Fixtures;

namespace Marketplace.Release.Cli.Tests.Commands;

[TestFixture]
internal sealed class SandboxCommandTests
{
    [Test]
    public async Task A_busy_port_is_a_usage_error_naming_the_port_not_an_internal_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var folder = Directory.CreateTempSubdirectory("mr-sandbox-cwd-").FullName;
        try
        {
            var run = await CliRunner.RunAsync(folder, new Dictionary<string, string?>(), ["sandbox", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet"]);

            Assert.Multiple(() =>
            {
                Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
                Assert.That(run.Error, Does.Contain($"port {port}: the port is in use").And.Contain("--port"));
                Assert.That(run.All, Does.Not.Contain("internal error"));
                Assert.That(run.Out, Does.Not.Contain("Marketplace sandbox on"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_latency_that_is_no_duration_is_a_usage_error_naming_the_fix_and_nothing_is_served()
    {
        var folder = Directory.CreateTempSubdirectory("mr-sandbox-cwd-").FullName;
        try
        {
            var run = await CliRunner.RunAsync(folder, new Dictionary<string, string?>(), ["sandbox", "--port", "0", "--quiet", "--latency", "soon"]);

            Assert.Multiple(() =>
            {
                Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
                Assert.That(run.Error, Does.Contain("'soon' is not a duration").And.Contain("--latency").And.Contain("100ms"));
                Assert.That(run.Out, Does.Not.Contain("Marketplace sandbox on"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
