using Cake.Core.Diagnostics;
using Cake.Marketplace.Tests.Fixtures;
using Marketplace.Release.Failures;
using Marketplace.Release.Api;
using Marketplace.Release.Progress;
using Marketplace.Release.Running;

namespace Cake.Marketplace.Tests;

[TestFixture]
internal sealed class CakeReleaseReporterTests
{
    private const string Token = "secret-token-4711";

    [Test]
    public void Step_outcomes_and_progress_are_Normal_information_lines()
    {
        var log = new RecordingLog();
        var reporter = new CakeReleaseReporter(log, new SecretMask([Token]));

        reporter.StepStarted("upload-artifact");
        reporter.Progress("upload-artifact", "12.0 of 40.0 MB");
        reporter.StepDone("upload-artifact", "uploaded x.jar", TimeSpan.FromMilliseconds(1234));
        reporter.StepSkipped("create-version", "version exists", TimeSpan.Zero);

        Assert.That(log.Lines, Is.EqualTo(new[]
        {
            (LogLevel.Verbose, Verbosity.Verbose, "upload-artifact…"),
            (LogLevel.Information, Verbosity.Normal, "  … 12.0 of 40.0 MB"),
            (LogLevel.Information, Verbosity.Normal, "✔ upload-artifact (1.2 s): uploaded x.jar"),
            (LogLevel.Information, Verbosity.Normal, "- create-version (skipped): version exists"),
        }));
    }

    [Test]
    public void A_failure_is_logged_as_errors_with_the_Marketplace_text_braces_intact_and_the_token_masked()
    {
        var log = new RecordingLog();
        var reporter = new CakeReleaseReporter(log, new SecretMask([Token]));

        reporter.StepFailed("publish", new ReleaseFailure(FailureKind.Refused, $"the Marketplace refused {{revision}} for {Token}", "fix it", "{\"message\":\"bad\"}"), TimeSpan.FromMilliseconds(5));
        reporter.Warning($"echo {Token}");

        Assert.Multiple(() =>
        {
            Assert.That(log.Lines.Select(l => l.Level), Is.EqualTo(new[] { LogLevel.Error, LogLevel.Error, LogLevel.Warning }));
            Assert.That(log.Lines[0].Text, Is.EqualTo("✖ publish (5 ms): the Marketplace refused {revision} for ***. Fix: fix it"));
            Assert.That(log.Lines[1].Text, Is.EqualTo("  Marketplace said: {\"message\":\"bad\"}"));
            Assert.That(log.Text, Does.Not.Contain(Token));
        });
    }
}
