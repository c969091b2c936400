using Marketplace.Release.Manifest.Files;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

public sealed class ChangelogTests
{
    private const string Changelog = """
        # Changelog
        All notable changes to this project are documented here.

        ## [Unreleased]
        - Work in progress.

        ## [1.4.0] - 2026-11-20
        ### Added
        - Export is now 3x faster.

        ```
        ## not a heading: inside a code block
        ```

        ## 1.3.0
        - Older things.

        ## v1.2.0 - 2026-01-01
        - Even older.

        [1.4.0]: https://example.com/compare/1.3.0...1.4.0
        [1.2.0]: https://example.com/compare/1.1.0...1.2.0

        """;

    [Test]
    public void The_section_of_a_version_runs_to_the_next_level_two_heading_and_is_trimmed()
    {
        Assert.That(ChangelogSection.Find(Changelog, "1.4.0", out _), Is.EqualTo("""
            ### Added
            - Export is now 3x faster.

            ```
            ## not a heading: inside a code block
            ```
            """));
    }

    [TestCase("1.3.0", "- Older things.")]
    [TestCase("1.2.0", "- Even older.")]
    [TestCase("Unreleased", "- Work in progress.")]
    public void Plain_bracketed_and_v_prefixed_headings_are_found(string version, string section)
    {
        Assert.That(ChangelogSection.Find(Changelog, version, out _), Is.EqualTo(section));
    }

    [Test]
    public void A_missing_section_returns_the_headings_found()
    {
        Assert.That(ChangelogSection.Find(Changelog, "9.9.9", out var headings), Is.Null);
        Assert.That(headings, Is.EqualTo(new[] { "[Unreleased]", "[1.4.0] - 2026-11-20", "1.3.0", "v1.2.0 - 2026-01-01" }));
    }

    [Test]
    public void A_version_prefix_of_another_does_not_match()
    {
        Assert.That(ChangelogSection.Find("## 1.4.0.1\nx\n## 1.4.01\ny\n", "1.4.0", out _), Is.Null);
    }

    [Test]
    public void The_loader_takes_the_release_notes_from_the_file()
    {
        using var workspace = Workspace(MinimalManifest + "  releaseNotesFile: CHANGELOG.md\n").WithFile("CHANGELOG.md", Changelog.ReplaceLineEndings("\r\n"));

        Assert.That(Load(workspace).Version.ReleaseNotes, Does.StartWith("### Added\n- Export is now 3x faster."));
    }

    [Test]
    public void The_loader_reports_a_missing_section_with_the_headings_found()
    {
        using var workspace = Workspace(MinimalManifest.Replace("1.4.0", "1.5.0", StringComparison.Ordinal) + "  releaseNotesFile: CHANGELOG.md\n")
            .WithPluginJar("target/timesheets-1.5.0.jar")
            .WithFile("CHANGELOG.md", Changelog);

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:14:21: version.releaseNotesFile 'CHANGELOG.md' has no section for 1.5.0 (headings found: [Unreleased], [1.4.0] - 2026-11-20, 1.3.0, v1.2.0 - 2026-01-01); add a heading '## [1.5.0]' with the notes of this version",
        }));
    }

    [Test]
    public void The_loader_reports_an_empty_section_and_a_missing_file()
    {
        using var workspace = Workspace(MinimalManifest + "  releaseNotesFile: CHANGELOG.md\n").WithFile("CHANGELOG.md", "## 1.4.0\n\n## 1.3.0\nx\n");

        Assert.That(Errors(workspace), Is.EqualTo(new[] { "marketplace-release.yml:14:21: the section of 1.4.0 in 'CHANGELOG.md' is empty; write the notes of this version below its heading" }));

        File.Delete(workspace.PathOf("CHANGELOG.md"));
        Assert.That(Errors(workspace).Single(), Does.StartWith("marketplace-release.yml:14:21: version.releaseNotesFile 'CHANGELOG.md' does not exist"));
    }
}
