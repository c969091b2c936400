using System.Diagnostics;
using System.Text;
using Marketplace.Release.Manifest;
using Marketplace.Release.Tests.Fixtures;
using static Marketplace.Release.Tests.Manifest.ManifestTestSupport;

namespace Marketplace.Release.Tests.Manifest;

/// <summary>
/// Each kind of manifest error, with the exact position and message. Lines 1-13 are <see cref="ManifestTestSupport.MinimalManifest"/>;
/// appended keys start on line 14.
/// </summary>
public sealed class ManifestErrorTests
{
    internal static string Minimal(string find, string replace) => MinimalManifest.Replace(find, replace, StringComparison.Ordinal);

    [Test]
    public void Several_problems_are_reported_together_in_source_order()
    {
        const string manifest = """
            schema: 2
            app:
              key: com.example.timesheets
            version:
              number: 1.4
              build: from-version
              artifact: target/timesheets-1.4.0.jar
              compatibility: []
              paymentModel: gratis
            listing:
              state: published
              highlights:
                - title: Only one

            """;
        using var workspace = Workspace(manifest);

        var errors = Errors(workspace);

        Assert.That(errors, Is.EqualTo(new[]
        {
            "marketplace-release.yml:1:9: schema must be 1, the only manifest format this version of marketplace-release reads, not '2'",
            "marketplace-release.yml:2:1: app is missing 'hosting'; add hosting: datacenter (server, datacenter or cloud)",
            "marketplace-release.yml:6:10: version.build: from-version cannot be used: version.number '1.4' is not major.minor.patch (optionally with a fourth number); give build: <whole number> instead of from-version",
            "marketplace-release.yml:8:18: version.compatibility is empty; list at least one product with min and max",
            "marketplace-release.yml:9:17: version.paymentModel must be one of free, paid-via-atlassian, paid-via-vendor, not 'gratis'",
            "marketplace-release.yml:11:10: listing.state must be one of public, private, not 'published'",
            "marketplace-release.yml:13:5: listing.highlights lists 1 highlight; the Marketplace takes none or exactly 3",
            "marketplace-release.yml:13:7: listing.highlights[0] needs a screenshot (the Marketplace requires one per highlight); add screenshot: {image: <path>} or screenshot: {imageId: <id>}",
        }));
    }

    [Test]
    public void The_exception_message_and_diagnostics_name_file_line_and_column()
    {
        using var workspace = Workspace(Minimal("paymentModel: free", "paymentModel: gratis"));

        var exception = Assert.Throws<ManifestException>(() => Load(workspace))!;

        Assert.That(exception.Diagnostics.Single(), Is.EqualTo(new ManifestDiagnostic("marketplace-release.yml", 13, 17,
            "version.paymentModel must be one of free, paid-via-atlassian, paid-via-vendor, not 'gratis'")));
        Assert.That(exception.Message, Is.EqualTo(exception.Diagnostics[0].ToString()));
    }

    [Test]
    public void An_unknown_key_suggests_the_known_key_it_resembles()
    {
        using var workspace = Workspace(Minimal("hosting: datacenter", "hostng: datacenter"));

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:2:1: app is missing 'hosting'; add hosting: datacenter (server, datacenter or cloud)",
            "marketplace-release.yml:4:3: unknown key 'hostng' in app; did you mean 'hosting'?",
        }));
    }

    [TestCase("lisitng:\n  state: public\n", "marketplace-release.yml:14:1: unknown key 'lisitng' at the top level; did you mean 'listing'?")]
    [TestCase("  paymentmodel: free\n", "marketplace-release.yml:14:3: unknown key 'paymentmodel' in version; did you mean 'paymentModel'?")]
    [TestCase("  releseNotes: hi\n", "marketplace-release.yml:14:3: unknown key 'releseNotes' in version; did you mean 'releaseNotes'?")]
    [TestCase("  moreDetails: hi\n", "marketplace-release.yml:14:3: unknown key 'moreDetails' in version; it belongs in listing, move it there")]
    [TestCase("  colour: blue\n", "marketplace-release.yml:14:3: unknown key 'colour' in version; the keys here are number, build, artifact, artifactUrl, framework, pluginFrameworkType, frameworkAttributes, compatibility, paymentModel, license, supported, beta, agreement, releaseSummary, releaseNotes, releaseNotesFile")]
    public void Unknown_keys_are_errors(string appended, string expected)
    {
        Assert.That(SingleError(MinimalManifest + appended), Is.EqualTo(expected));
    }

    [Test]
    public void A_duplicate_key_is_an_error_at_the_second_occurrence()
    {
        Assert.That(SingleError(MinimalManifest + "  paymentModel: paid-via-vendor\n"),
            Is.EqualTo("marketplace-release.yml:14:3: duplicate key 'paymentModel' (first at line 13); keep only one of them"));
    }

    [Test]
    public void An_enum_value_near_a_known_one_gets_a_suggestion()
    {
        Assert.That(SingleError(Minimal("hosting: datacenter", "hosting: datacentre")),
            Is.EqualTo("marketplace-release.yml:4:12: app.hosting must be one of server, datacenter, cloud, not 'datacentre'; did you mean 'datacenter'?"));
    }

    [TestCase("  supported: yes\n", "marketplace-release.yml:14:14: version.supported must be true or false, not 'yes'")]
    [TestCase("  beta: 1\n", "marketplace-release.yml:14:9: version.beta must be true or false, not '1'")]
    [TestCase("  license: mit\n", "marketplace-release.yml:14:12: version.license must be one of atlassian-closed-source, commercial, commercial-free, bsd, asl, gpl, lgpl, epl, not 'mit'")]
    [TestCase("  framework: plugins\n", "marketplace-release.yml:14:14: version.framework must be one of plugin, workflow, connect, forge, external, not 'plugins'; did you mean 'plugin'?")]
    [TestCase("  pluginFrameworkType: P3\n", "marketplace-release.yml:14:24: version.pluginFrameworkType must be one of P2, P1, not 'P3'; did you mean 'P2'?")]
    [TestCase("  agreement: http://example.com/a\n", "marketplace-release.yml:14:14: version.agreement 'http://example.com/a' is not an https URL; remove it to accept https://www.atlassian.com/licensing/marketplace/partneragreement")]
    [TestCase("  releaseSummary: [a, b]\n", "marketplace-release.yml:14:19: version.releaseSummary must be a single value, not a list")]
    [TestCase("  frameworkAttributes:\n    a: b\n", "marketplace-release.yml:14:3: version.frameworkAttributes applies to the connect, forge and external frameworks; the plugin framework's attributes come from the artifact, remove it")]
    [TestCase("  framework: external\n  pluginFrameworkType: P2\n  frameworkAttributes: {authorization: true}\n", "marketplace-release.yml:15:3: version.pluginFrameworkType applies only to framework plugin, and this version is external; remove it")]
    [TestCase("listing:\n  inherit: all\n", "marketplace-release.yml:15:12: listing.inherit must be one of previous, not 'all'")]
    [TestCase("listing:\n  youtubeId: https://youtu.be/x\n", "marketplace-release.yml:15:14: listing.youtubeId 'https://youtu.be/x' is not a YouTube video id; give the 11 characters after 'v=' in the video's URL")]
    [TestCase("listing:\n  developerLinks:\n    eula: see the website\n", "marketplace-release.yml:16:11: listing.developerLinks.eula 'see the website' is not a web address; give a full URL starting with https://")]
    [TestCase("listing:\n  developerLinks:\n    bonTermsSupported: sure\n", "marketplace-release.yml:16:24: listing.developerLinks.bonTermsSupported must be true or false, not 'sure'")]
    [TestCase("listing:\n  highlights:\n    - {title: a, screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}}\n    - {title: b, screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}}\n", "marketplace-release.yml:16:5: listing.highlights lists 2 highlights; the Marketplace takes none or exactly 3")]
    [TestCase("listing:\n  highlights:\n    - {title: a, screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}}\n    - caption: b\n      screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}\n    - {title: c, screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}}\n", "marketplace-release.yml:17:7: listing.highlights[1] is missing 'title'; add title: Track time on the board")]
    [TestCase("listing:\n  screenshots: board.png\n", "marketplace-release.yml:15:16: listing.screenshots must be a list (lines starting with '- '), not a single value")]
    [TestCase("listing:\n  heroImage:\n", "marketplace-release.yml:15:13: listing.heroImage is empty; give image: <path> or imageId: <id> below it")]
    [TestCase("listing:\n  heroImage:\n    image: hero.svg\n", "marketplace-release.yml:16:12: listing.heroImage.image 'hero.svg' is not an image the Marketplace accepts; use a .png, .jpg, .jpeg, .gif, .bmp file")]
    [TestCase("listing:\n  heroImage:\n    image: hero.png\n", "marketplace-release.yml:16:12: listing.heroImage.image 'hero.png' does not exist (looked for hero.png); check the path, which is relative to the manifest's folder")]
    [TestCase("listing:\n  screenshots:\n    - caption: x\n", "marketplace-release.yml:16:7: listing.screenshots[0] needs an image; add image: <path to a .png, .jpg, .gif or .bmp file> or imageId: <id of an uploaded image>")]
    [TestCase("listing:\n  screenshots:\n    - {image: a.png, imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}\n", "marketplace-release.yml:16:22: listing.screenshots[0] has both image and imageId; keep one: image (a file to upload) or imageId (an image already uploaded)")]
    [TestCase("listing:\n  deploymentInstructions:\n    - screenshot: {imageId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301}\n", "marketplace-release.yml:16:7: listing.deploymentInstructions[0] is missing 'body'; add body: Install the app, then open Settings")]
    [TestCase("github:\n  releaseNotes: true\n", "marketplace-release.yml:14:1: github is missing 'release'; add release: v${VERSION}")]
    [TestCase("github:\n  release: v1\n  repository: timesheets\n", "marketplace-release.yml:16:15: github.repository 'timesheets' is not owner/name; write it like octo-org/timesheets")]
    [TestCase("github:\n  release: v1\n  linkBack: often\n", "marketplace-release.yml:16:13: github.linkBack must be true or false, not 'often'")]
    public void Values_of_the_wrong_kind_are_errors_with_a_fix(string appended, string expected)
    {
        Assert.That(SingleError(MinimalManifest + appended), Is.EqualTo(expected));
    }

    [TestCase("build: from-version", "build: 0", "marketplace-release.yml:7:10: version.build must be a whole number from 1 to 9007199254740991 or from-version, not '0'")]
    [TestCase("build: from-version", "build: -5", "marketplace-release.yml:7:10: version.build must be a whole number from 1 to 9007199254740991 or from-version, not '-5'")]
    [TestCase("build: from-version", "build: from-versoin", "marketplace-release.yml:7:10: version.build must be a whole number from 1 to 9007199254740991 or from-version, not 'from-versoin'; did you mean 'from-version'?")]
    [TestCase("number: 1.4.0", "number: 1.1000.0", "marketplace-release.yml:7:10: version.build: from-version cannot be used: version.number '1.1000.0' has a minor or patch number of 1000 or more, which from-version cannot encode; give build: <whole number> instead")]
    [TestCase("number: 1.4.0", "number: 1.4.0-beta", "marketplace-release.yml:7:10: version.build: from-version cannot be used: version.number '1.4.0-beta' has a qualifier, which would give it the same build number as the release without it; give build: <whole number> instead of from-version")]
    [TestCase("number: 1.4.0", "number: latest", "marketplace-release.yml:6:11: version.number 'latest' is not a version number; write it like 1.4.0 (up to 4 numbers separated by dots, optionally followed by -qualifier)")]
    [TestCase("key: com.example.timesheets", "key: com example", "marketplace-release.yml:3:8: app.key 'com example' is not an app key; app keys are letters, digits, '.', '-' and '_', e.g. com.example.myapp")]
    [TestCase("app:\n  key: com.example.timesheets\n  hosting: datacenter", "app: com.example.timesheets", "marketplace-release.yml:2:6: app must be a mapping (key: value lines), not a single value; indent its keys below it")]
    [TestCase("  key: com.example.timesheets\n", "  key:\n", "marketplace-release.yml:3:7: app.key is empty; give a value, e.g. key: com.example.myapp")]
    [TestCase("  compatibility:\n    - product: jira\n      min: 9.12.0\n      max: 10.3.3\n", "  compatibility: jira\n", "marketplace-release.yml:9:18: version.compatibility must be a list (lines starting with '- '), not a single value")]
    [TestCase("min: 9.12.0", "min: 9.12.0\n      minBuild: 912000", "marketplace-release.yml:12:7: version.compatibility[0] has both min and minBuild; keep one: min (a product version) or minBuild (its build number)")]
    [TestCase("      max: 10.3.3\n", "", "marketplace-release.yml:10:7: version.compatibility[0] is missing its upper bound; add max: <product version, e.g. 10.3.3> or maxBuild: <build number>")]
    [TestCase("max: 10.3.3", "maxBuild: ten", "marketplace-release.yml:12:17: version.compatibility[0].maxBuild must be a whole number from 1 to 9007199254740991, not 'ten'")]
    [TestCase("max: 10.3.3", "max: 9.1.0", "marketplace-release.yml:12:7: version.compatibility[0]: the upper bound is below the lower bound; swap them")]
    [TestCase("min: 9.12.0", "min: nine", "marketplace-release.yml:11:12: version.compatibility[0].min 'nine' is not a product version; write it like 9.12.0")]
    [TestCase("product: jira", "product: Jira Software", "marketplace-release.yml:10:16: version.compatibility[0].product 'Jira Software' is not a product id; use the Marketplace's lower-case id, e.g. jira, confluence, bitbucket, bamboo")]
    [TestCase("      max: 10.3.3\n", "      max: 10.3.3\n    - product: jira\n      minBuild: 1\n      maxBuild: 2\n", "marketplace-release.yml:13:16: version.compatibility[1].product 'jira' is listed twice (first at line 10); keep one entry per product")]
    [TestCase("artifact: target/timesheets-1.4.0.jar", "artifact: ''", "marketplace-release.yml:8:13: version.artifact '' is empty; give a path relative to the manifest's folder")]
    [TestCase("artifact: target/timesheets-1.4.0.jar", "artifact: target", "marketplace-release.yml:8:13: version.artifact 'target' is a folder, not a file; name the file itself")]
    [TestCase("  paymentModel: free\n", "", "marketplace-release.yml:5:1: version is missing 'paymentModel'; add paymentModel: free (free, paid-via-atlassian or paid-via-vendor)")]
    [TestCase("  artifact: target/timesheets-1.4.0.jar\n", "", "marketplace-release.yml:5:1: version needs the app's file; add artifact: <path or glob, e.g. target/myapp-*.jar>, artifactUrl: <https URL>, or github.asset")]
    [TestCase("  artifact: target/timesheets-1.4.0.jar\n", "  artifact: target/timesheets-1.4.0.jar\n  artifactUrl: https://example.com/t.jar\n", "marketplace-release.yml:9:3: the artifact is given more than once (version.artifact, version.artifactUrl); keep only one of them")]
    [TestCase("artifact: target/timesheets-1.4.0.jar", "artifactUrl: http://example.com/t.jar", "marketplace-release.yml:8:16: version.artifactUrl 'http://example.com/t.jar' must use https (plain http is allowed only to this machine); the Marketplace downloads the artifact from it")]
    [TestCase("artifact: target/timesheets-1.4.0.jar", "artifactUrl: example.com/t.jar", "marketplace-release.yml:8:16: version.artifactUrl 'example.com/t.jar' is not a web address; give a full https:// URL the Marketplace can download the artifact from")]
    [TestCase("artifact: target/timesheets-1.4.0.jar", "artifactUrl: https://example.com/t.zip", "marketplace-release.yml:5:1: version.framework cannot be told from the artifact 't.zip' (only .jar, .obr and .jwb can); add framework: plugin | workflow | connect | forge | external")]
    public void Version_and_app_problems_are_errors_with_a_fix(string find, string replace, string expected)
    {
        Assert.That(SingleError(Minimal(find, replace)), Is.EqualTo(expected));
    }

    [Test]
    public void Release_notes_are_given_once_only()
    {
        Assert.That(SingleError(MinimalManifest + "  releaseNotesFile: \"\"\n"),
            Is.EqualTo("marketplace-release.yml:14:21: version.releaseNotesFile '' is empty; give a path relative to the manifest's folder"));
        Assert.That(SingleError(MinimalManifest + "  releaseNotes: a\n  releaseNotesFile: CHANGELOG.md\n"),
            Is.EqualTo("marketplace-release.yml:15:3: version has both releaseNotes and releaseNotesFile; keep one of them"));
        Assert.That(SingleError(MinimalManifest + "  releaseNotes: a\ngithub:\n  release: v1\n  releaseNotes: true\n"),
            Is.EqualTo("marketplace-release.yml:17:3: github.releaseNotes: true takes the notes from the GitHub release, but version.releaseNotes gives them too; remove one of the two"));
    }

    [Test]
    public void A_github_asset_next_to_a_local_artifact_is_an_error()
    {
        Assert.That(SingleError(MinimalManifest + "github:\n  release: v1\n  asset: t-*.jar\n"),
            Is.EqualTo("marketplace-release.yml:16:3: the artifact is given more than once (version.artifact, github.asset); keep only one of them"));
    }

    [TestCase(255, false)]
    [TestCase(256, true)]
    public void Texts_longer_than_their_cap_are_errors(int length, bool fails)
    {
        using var workspace = Workspace(MinimalManifest + "  releaseSummary: " + new string('x', length) + "\n");

        if (!fails)
        {
            Assert.That(Load(workspace).Version.ReleaseSummary, Has.Length.EqualTo(length));
            return;
        }

        Assert.That(Errors(workspace), Is.EqualTo(new[] { "marketplace-release.yml:14:19: version.releaseSummary is 256 characters long; at most 255 are allowed, shorten it" }));
    }

    [Test]
    public void An_interpolated_value_is_held_to_the_length_cap_too()
    {
        var error = SingleError(MinimalManifest + "  releaseNotes: ${NOTES}\n", Environment(("NOTES", new string('n', 65_537))));

        Assert.That(error, Is.EqualTo("marketplace-release.yml:14:17: version.releaseNotes is 65537 characters long; at most 65536 are allowed, shorten it"));
    }

    [Test]
    public void Yaml_anchors_and_aliases_are_refused()
    {
        using var workspace = Workspace(MinimalManifest + "  releaseSummary: &summary Faster\n  releaseNotes: *summary\n");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:14:19: YAML anchor '&summary' is not supported; remove it and write values out in full",
            "marketplace-release.yml:15:17: YAML alias '*summary' is not supported; write the value out in full",
        }));
    }

    [Test]
    public void An_alias_bomb_is_refused_quickly()
    {
        var bomb = new StringBuilder(MinimalManifest).Append("listing:\n  moreDetails: x\nbomb0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append($"bomb{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        using var workspace = Workspace(bomb.ToString());
        var watch = Stopwatch.StartNew();

        var errors = Errors(workspace);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(errors, Has.Some.StartsWith("marketplace-release.yml:16:8: YAML anchor '&a0' is not supported"));
        Assert.That(errors, Has.Some.Contains("YAML alias '*a0' is not supported"));
        Assert.That(errors, Has.Count.LessThanOrEqualTo(100), "the number of diagnostics is capped");
    }

    [Test]
    public void Custom_yaml_tags_are_refused()
    {
        Assert.That(SingleError(MinimalManifest + "  releaseNotes: !include notes.md\n"),
            Is.EqualTo("marketplace-release.yml:14:17: YAML tag '!include' is not supported; remove it and write a plain value"));
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        // The top level and version are 2 levels, so the 15th bracket (column 17 + 14) is the 17th level.
        var deep = new string('[', 40) + new string(']', 40);

        Assert.That(SingleError(MinimalManifest + "  releaseNotes: " + deep + "\n"),
            Is.EqualTo("marketplace-release.yml:14:31: the manifest nests deeper than 16 levels; a release manifest needs at most 5, flatten this value"));
    }

    [Test]
    public void A_second_yaml_document_is_refused()
    {
        Assert.That(SingleError(MinimalManifest + "---\nschema: 1\n"),
            Is.EqualTo("marketplace-release.yml:14:1: a second YAML document starts here; a manifest is one document, remove this '---' and what follows"));
    }

    [Test]
    public void A_yaml_syntax_error_is_reported_at_its_position()
    {
        var error = SingleError("schema: 1\napp:\n  key: a\n hosting: b\n");

        Assert.That(error, Does.StartWith("marketplace-release.yml:4:"));
        Assert.That(error, Does.Contain("YAML syntax error"));
    }

    [Test]
    public void Invalid_utf8_is_refused_at_the_first_bad_byte()
    {
        using var workspace = Workspace("");
        var bytes = Encoding.UTF8.GetBytes(MinimalManifest + "  releaseSummary: caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        workspace.WithFile(WorkspaceBuilder.ManifestFileName, bytes);

        Assert.That(Errors(workspace), Is.EqualTo(new[] { "marketplace-release.yml:14:22: the manifest is not valid UTF-8 here; save the file as UTF-8" }));
    }

    [Test]
    public void A_manifest_larger_than_one_mebibyte_is_refused()
    {
        using var workspace = Workspace(MinimalManifest + "# " + new string('x', 1024 * 1024) + "\n");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:1:1: the manifest is larger than 1048576 bytes (1 MiB); a release manifest is a few kilobytes, move long texts to releaseNotesFile",
        }));
    }

    [TestCase("")]
    [TestCase("# only a comment\n")]
    [TestCase("~\n")]
    public void An_empty_manifest_is_an_error(string content)
    {
        Assert.That(SingleError(content), Is.EqualTo("marketplace-release.yml:1:1: the manifest is empty; start it with 'schema: 1', then the app and version sections"));
    }

    [Test]
    public void A_manifest_that_is_a_list_is_an_error()
    {
        Assert.That(SingleError("- schema: 1\n"),
            Is.EqualTo("marketplace-release.yml:1:1: the manifest must be a mapping of keys (schema, app, version, listing, github), not a list"));
    }

    [Test]
    public void Missing_sections_are_each_reported()
    {
        using var workspace = Workspace("schema: 1\n");

        Assert.That(Errors(workspace), Is.EqualTo(new[]
        {
            "marketplace-release.yml:1:1: the manifest is missing the 'app' section; add app: with key and hosting below it",
            "marketplace-release.yml:1:1: the manifest is missing the 'version' section; add version: with number, build, artifact, compatibility and paymentModel below it",
        }));
        Assert.That(SingleError(MinimalManifest.Replace("schema: 1\n", "", StringComparison.Ordinal)),
            Is.EqualTo("marketplace-release.yml:1:1: the manifest is missing 'schema'; add schema: 1"));
    }

    [Test]
    public void A_missing_manifest_file_is_an_error_naming_it()
    {
        using var workspace = WorkspaceBuilder.Create();
        var path = workspace.PathOf("nope.yml");

        var exception = Assert.Throws<ManifestException>(() => ManifestLoader.Load(path, Environment()))!;

        Assert.That(exception.Diagnostics.Single().ToString(), Is.EqualTo($"{path}:1:1: the manifest file does not exist; create it, or pass the path of an existing one"));
    }
}
