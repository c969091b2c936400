using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Release.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Release.Reliability.Tests.Security;

/// <summary>
/// Item 5 of the reliability issue: plain http only to loopback; TLS certificate errors fail the run (never
/// bypassed); a redirect is reported and never followed, so no request (and no credential) reaches the other host.
/// </summary>
[TestFixture]
internal sealed class TransportTests
{
    private const string Section = "Transport rules";
    private WorkspaceBuilder workspace = null!;

    [SetUp]
    public void SetUp() => workspace = WorkspaceBuilder.Create().WithExample();

    [TearDown]
    public void TearDown() => workspace.Dispose();

    [TestCase("http://marketplace.example.com/marketplace")]
    [TestCase("http://10.1.2.3:8080/marketplace")]
    [TestCase("http://[2001:db8::1]/marketplace")]
    public async Task Plain_http_to_a_non_loopback_host_is_refused_before_anything_is_sent(string baseUrl)
    {
        var run = await InProcessCli.RunAsync(workspace.Root, Environment(baseUrl), ["publish"]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.All, Does.Contain("plain http"));
        ReliabilityReport.Add(Section, $"plain http to {baseUrl}", "exit 2 before any request", true);
    }

    [Test]
    public async Task A_certificate_the_client_does_not_trust_fails_the_run()
    {
        var hits = 0;
        await using var server = await StartAsync(https: true, context =>
        {
            Interlocked.Increment(ref hits);
            return context.Response.WriteAsync("[]");
        });

        var run = await InProcessCli.RunAsync(workspace.Root, Environment($"https://127.0.0.1:{Port(server)}/marketplace"), ["publish"]);

        Assert.That(run.ExitCode, Is.Not.Zero, run.ToString());
        Assert.That(run.All, Does.Contain("SSL").Or.Contain("certificate"), run.ToString());
        Assert.That(hits, Is.Zero, "a request got through a handshake that should have failed");
        ReliabilityReport.Add(Section, "self-signed TLS certificate", $"exit {run.ExitCode}; no request reached the server: {FirstFailure(run)}", hits == 0);
    }

    [Test]
    public async Task A_redirect_is_reported_and_not_followed()
    {
        var stolen = 0;
        await using var other = await StartAsync(https: false, context =>
        {
            Interlocked.Increment(ref stolen);
            return Task.CompletedTask;
        });
        var redirected = new System.Collections.Concurrent.ConcurrentBag<string>();
        var otherUrl = $"http://127.0.0.1:{Port(other)}/steal";
        await using var redirecting = await StartAsync(https: false, context =>
        {
            redirected.Add(context.Request.Path + context.Request.QueryString);
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = otherUrl;
            return Task.CompletedTask;
        });

        var run = await InProcessCli.RunAsync(workspace.Root, Environment($"http://127.0.0.1:{Port(redirecting)}/marketplace"), ["publish"]);

        Assert.That(run.ExitCode, Is.EqualTo(4), run.ToString());
        Assert.That(run.Out, Does.Contain("answered a redirect (302)").And.Contain(otherUrl).And.Contain("never followed"));
        // Resolve sends its reads together (issue 22): each is answered with the redirect once and never retried.
        Assert.That(redirected, Is.Not.Empty.And.Unique, "a redirect is not a transient failure: one request per read, no retry");
        Assert.That(redirected, Has.Count.LessThanOrEqualTo(3), "resolve's reads of the example: the app software and two product versions");
        Assert.That(stolen, Is.Zero, "the redirect was followed");
        ReliabilityReport.Add(Section, "302 to another host", $"exit 4, one request per read, none to the other host: {FirstFailure(run)}", stolen == 0);
    }

    private static string FirstFailure(CliRun run) =>
        run.Out.Split('\n').FirstOrDefault(line => line.StartsWith("✖ ", StringComparison.Ordinal))?.Trim() ?? run.Error.Trim();

    private static Dictionary<string, string?> Environment(string baseUrl) => new()
    {
        ["MARKETPLACE_USER"] = Secrets.User,
        ["MARKETPLACE_API_TOKEN"] = Secrets.Token,
        ["MARKETPLACE_BASE_URL"] = baseUrl,
    };

    private static int Port(WebApplication app) =>
        new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()).Port;

    private static async Task<WebApplication> StartAsync(bool https, RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (https)
            {
                listen.UseHttps(SelfSigned());
            }
        }));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        return app;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
