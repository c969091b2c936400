using Marketplace.Release.Manifest.Files;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Reads the <c>version:</c> section: number and build here; the artifact, framework, compatibility and release notes
/// through their own binders.
/// </summary>
internal sealed class VersionBinder
{
    private readonly ValueReader reader;
    private readonly ArtifactBinder artifacts;
    private readonly FrameworkBinder frameworks;
    private readonly CompatibilityBinder compatibility;
    private readonly ReleaseNotesBinder releaseNotes;

    public VersionBinder(ValueReader reader, WorkspaceFileResolver files, BoundedTextFile textFiles)
    {
        this.reader = reader;
        artifacts = new ArtifactBinder(reader, files);
        frameworks = new FrameworkBinder(reader);
        compatibility = new CompatibilityBinder(reader);
        releaseNotes = new ReleaseNotesBinder(reader, files, textFiles);
    }

    public VersionSpec? Bind(SectionView top, BoundGitHub? gitHub)
    {
        var version = reader.RequiredSection(top, "version", ManifestVocabulary.Version, "number, build, artifact, compatibility and paymentModel");
        if (version is null)
        {
            return null;
        }

        var number = reader.RequiredText(version, "number", "1.4.0");
        if (number is not null && !VersionNumbers.IsVersion(number))
        {
            reader.Report(version["number"]!.Start, $"version.number '{number}' is not a version number; write it like 1.4.0 (up to 4 numbers separated by dots, optionally followed by -qualifier)");
            number = null;
        }

        var build = Build(version, number);
        var artifact = artifacts.Bind(version, gitHub);
        var framework = frameworks.Framework(version, artifact);
        var pluginFrameworkType = frameworks.PluginFrameworkType(version, framework);
        var frameworkAttributes = frameworks.Attributes(version, framework);
        var products = compatibility.Bind(version);
        var paymentModel = reader.RequiredChoice(version, "paymentModel", ManifestVocabulary.PaymentModels, "free (free, paid-via-atlassian or paid-via-vendor)");
        var license = reader.Choice(version["license"], "version.license", ManifestVocabulary.Licenses);
        var supported = reader.Boolean(version["supported"], "version.supported");
        var beta = reader.Boolean(version["beta"], "version.beta");
        var agreement = Agreement(version);
        var releaseSummary = reader.Text(version, "releaseSummary");
        var notes = releaseNotes.Bind(version, number, gitHub);

        if (number is null || build is null || framework is null || products is null || paymentModel is null)
        {
            return null;
        }

        return new VersionSpec
        {
            Number = number,
            BuildNumber = build.Value,
            Artifact = artifact.Source,
            Framework = framework,
            PluginFrameworkType = pluginFrameworkType,
            FrameworkAttributes = frameworkAttributes,
            Compatibility = products,
            PaymentModel = paymentModel,
            License = license,
            Supported = supported ?? true,
            Beta = beta ?? false,
            Agreement = agreement ?? ManifestVocabulary.DefaultAgreement,
            ReleaseSummary = releaseSummary,
            ReleaseNotes = notes,
        };
    }

    private long? Build(SectionView version, string? number)
    {
        var text = reader.RequiredText(version, "build", "from-version (or a whole number)");
        if (text is null)
        {
            return null;
        }

        var node = version["build"]!;
        if (text == ManifestVocabulary.FromVersion)
        {
            if (number is null)
            {
                // The version number is missing or invalid, which is reported already.
                return null;
            }

            var computed = VersionNumbers.BuildFromVersion(number, out var problem);
            if (computed is null)
            {
                reader.Report(node.Start, $"version.build: from-version cannot be used: version.number '{number}' {problem}");
            }

            return computed;
        }

        var buildNumber = ValueReader.ParsePositiveInteger(text);
        if (buildNumber is null)
        {
            var hint = KeySuggester.Suggest(text, [ManifestVocabulary.FromVersion]) is null ? "" : "; did you mean 'from-version'?";
            reader.Report(node.Start, $"version.build must be a whole number from 1 to {VersionNumbers.MaxBuildNumber} or from-version, not '{text}'{hint}");
        }

        return buildNumber;
    }

    private string? Agreement(SectionView version)
    {
        var agreement = reader.Text(version["agreement"], "version.agreement");
        if (agreement is null)
        {
            return null;
        }

        var url = UrlRules.WebUrl(agreement);
        if (url is null || url.Scheme != Uri.UriSchemeHttps)
        {
            reader.Report(version["agreement"]!.Start, $"version.agreement '{agreement}' is not an https URL; remove it to accept {ManifestVocabulary.DefaultAgreement}");
            return null;
        }

        return agreement;
    }
}
