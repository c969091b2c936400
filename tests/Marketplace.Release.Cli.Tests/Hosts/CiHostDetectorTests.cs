using Marketplace.Release.Cli.Hosts;
using Marketplace.Release.EnvironmentVariables;
using Marketplace.Release.Running;

namespace Marketplace.Release.Cli.Tests.Hosts;

[TestFixture]
internal sealed class CiHostDetectorTests
{
    [TestCase("GITHUB_ACTIONS", "true", "github-actions")]
    [TestCase("GITHUB_ACTIONS", "false", "console")]
    [TestCase("BITBUCKET_CLONE_DIR", "/opt/atlassian/pipelines/agent/build", "bitbucket")]
    [TestCase("BITBUCKET_WORKSPACE", "example-team", "bitbucket")]
    [TestCase("BITBUCKET_CLONE_DIR", "", "console")]
    [TestCase("CI", "true", "console")]
    public void Picks_the_host_from_the_environment(string variable, string value, string expected)
    {
        var host = CiHostDetector.Detect(Context(new() { [variable] = value }));

        Assert.That(host.Name, Is.EqualTo(expected));
    }

    [Test]
    public void Only_a_CI_host_turns_a_run_without_arguments_into_publish_or_plan()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CiHostDetector.Detect(Context([])).DefaultArguments(), Is.Null);
            Assert.That(CiHostDetector.Detect(Context(new() { ["GITHUB_ACTIONS"] = "true" })).DefaultArguments(), Is.EqualTo(new[] { "publish" }));
            Assert.That(CiHostDetector.Detect(Context(new() { ["GITHUB_ACTIONS"] = "true", ["INPUT_DRY-RUN"] = "TRUE" })).DefaultArguments(), Is.EqualTo(new[] { "plan" }));
            Assert.That(CiHostDetector.Detect(Context(new() { ["BITBUCKET_CLONE_DIR"] = "/build" })).DefaultArguments(), Is.EqualTo(new[] { "publish" }));
            Assert.That(CiHostDetector.Detect(Context(new() { ["BITBUCKET_CLONE_DIR"] = "/build", ["DRY_RUN"] = "yes" })).DefaultArguments(), Is.EqualTo(new[] { "plan" }));
        });
    }

    [Test]
    public void GitHub_inputs_map_onto_the_usual_settings_and_the_workspace()
    {
        var context = Context(new()
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = "/github/workspace",
            ["MARKETPLACE_USER"] = "env@example.com",
            ["MARKETPLACE_API_TOKEN"] = "env-token",
            ["GITHUB_TOKEN"] = "env-github",
            ["INPUT_USER"] = "input@example.com",
            ["INPUT_API-TOKEN"] = "input-token",
            ["INPUT_GITHUB-TOKEN"] = "input-github",
            ["INPUT_MANIFEST"] = "release/marketplace-release.yml",
            ["INPUT_BASE-URL"] = "http://127.0.0.1:1/marketplace",
            ["INPUT_TIMEOUT"] = "10m",
            ["INPUT_DRY-RUN"] = "false",
        });
        var inputs = CiHostDetector.Detect(context).ReadInputs();
        var environment = ReleaseSession.Begin(context.Environment, inputs.ToRequest(context)).Environment;

        Assert.Multiple(() =>
        {
            Assert.That(environment.Get("MARKETPLACE_USER"), Is.EqualTo("input@example.com"));
            Assert.That(environment.Get("MARKETPLACE_API_TOKEN"), Is.EqualTo("input-token"));
            Assert.That(environment.Get("GITHUB_TOKEN"), Is.EqualTo("input-github"));
            Assert.That(inputs.ManifestPath, Is.EqualTo("release/marketplace-release.yml"));
            Assert.That(inputs.BaseUrl, Is.EqualTo(new Given<string>("http://127.0.0.1:1/marketplace", "the base-url input")));
            Assert.That(inputs.Timeout, Is.EqualTo(new Given<string>("10m", "the timeout input")));
            Assert.That(inputs.DryRun, Is.False);
            Assert.That(inputs.WorkingDirectory, Is.EqualTo("/github/workspace"));
            Assert.That(inputs.Problem, Is.Null);
        });
    }

    [Test]
    public void Empty_GitHub_inputs_leave_the_environment_as_it_is()
    {
        // The runner sets INPUT_<NAME> to an empty string for every declared input nobody gave.
        var context = Context(new()
        {
            ["GITHUB_ACTIONS"] = "true",
            ["MARKETPLACE_USER"] = "env@example.com",
            ["MARKETPLACE_API_TOKEN"] = "env-token",
            ["INPUT_USER"] = string.Empty,
            ["INPUT_API-TOKEN"] = " ",
            ["INPUT_MANIFEST"] = string.Empty,
            ["INPUT_DRY-RUN"] = string.Empty,
        });
        var inputs = CiHostDetector.Detect(context).ReadInputs();
        var environment = ReleaseSession.Begin(context.Environment, inputs.ToRequest(context)).Environment;

        Assert.Multiple(() =>
        {
            Assert.That(environment.Get("MARKETPLACE_USER"), Is.EqualTo("env@example.com"));
            Assert.That(environment.Get("MARKETPLACE_API_TOKEN"), Is.EqualTo("env-token"));
            Assert.That(inputs.ManifestPath, Is.Null);
            Assert.That(inputs.DryRun, Is.Null);
            Assert.That(inputs.WorkingDirectory, Is.EqualTo("/cwd"));
        });
    }

    [Test]
    public void Bitbucket_reads_the_pipe_variables_and_puts_the_result_in_pipe_storage()
    {
        var withStorage = CiHostDetector.Detect(Context(new()
        {
            ["BITBUCKET_CLONE_DIR"] = "/opt/atlassian/pipelines/agent/build",
            ["BITBUCKET_PIPE_STORAGE_DIR"] = "/opt/atlassian/pipelines/agent/build/.bitbucket/pipelines/generated/pipeline/pipes/x",
            ["MANIFEST"] = "release.yml",
            ["DRY_RUN"] = "false",
            ["BASE_URL"] = "http://127.0.0.1:1/marketplace",
            ["TIMEOUT"] = "20m",
            ["DEBUG"] = "true",
        })).ReadInputs();
        var withoutStorage = CiHostDetector.Detect(Context(new() { ["BITBUCKET_CLONE_DIR"] = "/build" })).ReadInputs();

        Assert.Multiple(() =>
        {
            Assert.That(withStorage.WorkingDirectory, Is.EqualTo("/opt/atlassian/pipelines/agent/build"));
            Assert.That(withStorage.ResultFile, Is.EqualTo("/opt/atlassian/pipelines/agent/build/.bitbucket/pipelines/generated/pipeline/pipes/x/result.json"));
            Assert.That(withStorage.ManifestPath, Is.EqualTo("release.yml"));
            Assert.That(withStorage.DryRun, Is.False);
            Assert.That(withStorage.BaseUrl, Is.EqualTo(new Given<string>("http://127.0.0.1:1/marketplace", "BASE_URL")));
            Assert.That(withStorage.Timeout, Is.EqualTo(new Given<string>("20m", "TIMEOUT")));
            Assert.That(withStorage.Debug, Is.True);
            Assert.That(withoutStorage.ResultFile, Is.EqualTo("/build/marketplace-release-result.json"));
        });
    }

    [TestCase("maybe")]
    [TestCase("ture")]
    public void A_flag_that_is_not_a_boolean_is_a_problem(string value)
    {
        var inputs = CiHostDetector.Detect(Context(new() { ["BITBUCKET_CLONE_DIR"] = "/build", ["DRY_RUN"] = value })).ReadInputs();

        Assert.That(inputs.Problem!.Line, Does.StartWith($"DRY_RUN is '{value}'"));
    }

    [TestCase("GITHUB_ACTIONS", "/github/workspace", "/github/workspace")]
    [TestCase("BITBUCKET_CLONE_DIR", "/build", "/build")]
    [TestCase("NONE", "", "")]
    public void Each_host_hands_the_session_the_ci_checkout_and_its_own_setting_names(string detect, string checkout, string expected)
    {
        var context = Context(new()
        {
            [detect] = detect == "GITHUB_ACTIONS" ? "true" : checkout,
            ["GITHUB_WORKSPACE"] = detect == "GITHUB_ACTIONS" ? checkout : null,
        }).WithStartedByHost();

        var request = CiHostDetector.Detect(context).ReadInputs().ToRequest(context);

        Assert.That(request.CheckoutFolders, Is.EqualTo(expected.Length == 0 ? Array.Empty<string>() : new[] { expected }));
        Assert.That(request.SettingNames[Setting.Timeout], Is.EqualTo(detect switch
        {
            "GITHUB_ACTIONS" => "the timeout input",
            "BITBUCKET_CLONE_DIR" => "TIMEOUT",
            _ => "--timeout",
        }));
    }

    [TestCase("GITHUB_ACTIONS", "true")]
    [TestCase("BITBUCKET_CLONE_DIR", "/build")]
    public void A_command_line_typed_in_a_ci_job_names_the_flags(string variable, string value)
    {
        var context = Context(new() { [variable] = value });

        Assert.That(CiHostDetector.Detect(context).ReadInputs().ToRequest(context).SettingNames[Setting.Timeout], Is.EqualTo("--timeout"));
    }

    [Test]
    public void A_terminal_inside_a_ci_checkout_still_hands_the_checkout_over()
    {
        // A plain `run: marketplace-release publish` step on a runner that is not detected as a host of its own.
        var context = Context(new() { ["GITHUB_WORKSPACE"] = "/home/runner/work/app" });

        var request = new ConsoleHost(context).ReadInputs().ToRequest(context);

        Assert.That(request.CheckoutFolders, Is.EqualTo(new[] { "/home/runner/work/app" }));
        Assert.That(request.SettingNames[Setting.BaseUrl], Is.EqualTo("--base-url"));
    }

    private static CliContext Context(Dictionary<string, string?> environment) => new()
    {
        Environment = new DictionaryEnvironment(environment),
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        WorkingDirectory = "/cwd",
    };
}
