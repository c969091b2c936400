namespace Marketplace.Release.Docs.Tests.Markdown;

/// <summary>What a fenced block of the documentation is, and so how the docs tests check it (docs/README "docs-test").</summary>
internal enum BlockKind
{
    /// <summary>A whole release manifest: loaded by the real loader in a workspace holding the files it names.</summary>
    Manifest,

    /// <summary>A part of a manifest or of action.yml (a section, an excerpt): parsed as YAML.</summary>
    YamlFragment,

    /// <summary>A GitHub workflow file: parsed; every <c>with:</c> of a marketplace-release step is an input of action.yml.</summary>
    Workflow,

    /// <summary>Steps of a GitHub job (a YAML list): checked as in a workflow.</summary>
    WorkflowSteps,

    /// <summary>bitbucket-pipelines.yml, or a list of its steps: every variable of the pipe is one of pipe.yml.</summary>
    BitbucketPipelines,

    /// <summary>A Cake script: run by the real Cake runner against a sandbox.</summary>
    Cake,

    /// <summary>A shell block run by bash (see ShellBlockRunner for what it is given).</summary>
    Run,

    /// <summary>What the tool prints or writes, shown as an example: nothing to run.</summary>
    Output,

    /// <summary>Not checked here, for the reason its marker gives (printed by the test).</summary>
    Skip,
}
