using Marketplace.Release.Manifest.Files;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>
/// Reads the release notes: <c>version.releaseNotes</c>, or this version's section of <c>version.releaseNotesFile</c>;
/// neither when <c>github.releaseNotes: true</c> takes them from the GitHub release.
/// </summary>
internal sealed class ReleaseNotesBinder(ValueReader reader, WorkspaceFileResolver files, BoundedTextFile textFiles)
{
    public string? Bind(SectionView version, string? number, BoundGitHub? gitHub)
    {
        if (version.Has("releaseNotes") && version.Has("releaseNotesFile"))
        {
            reader.Report(version.KeyPosition("releaseNotesFile"), "version has both releaseNotes and releaseNotesFile; keep one of them");
            return null;
        }

        if (gitHub?.Spec?.ReleaseNotes == true && (version.Has("releaseNotes") || version.Has("releaseNotesFile")))
        {
            var given = version.Has("releaseNotes") ? "version.releaseNotes" : "version.releaseNotesFile";
            reader.Report(gitHub.Section.KeyPosition("releaseNotes"), $"github.releaseNotes: true takes the notes from the GitHub release, but {given} gives them too; remove one of the two");
            return null;
        }

        if (version.Has("releaseNotes"))
        {
            return reader.Text(version, "releaseNotes");
        }

        return version.Has("releaseNotesFile") ? FromFile(version, number) : null;
    }

    private string? FromFile(SectionView version, string? number)
    {
        if (number is null && !version.Has("number"))
        {
            // connect: the Marketplace assigns the number, so there is no section to look for.
            reader.Report(version.KeyPosition("releaseNotesFile"), "version.releaseNotesFile finds the section of version.number, and connect has none (the Marketplace assigns it); give the notes as version.releaseNotes instead");
            return null;
        }

        var file = reader.Text(version["releaseNotesFile"], "version.releaseNotesFile");
        if (file is null)
        {
            reader.ReportIfNull(version, "releaseNotesFile", "CHANGELOG.md");
            return null;
        }

        var node = version["releaseNotesFile"]!;
        var resolution = files.ResolveFile(file);
        if (resolution.Problem is not null)
        {
            reader.Report(node.Start, $"version.releaseNotesFile '{file}' {resolution.Problem}");
            return null;
        }

        var text = textFiles.Read(resolution.FullPath!, $"version.releaseNotesFile '{file}'", node, ManifestLimits.MaxReleaseNotesFileBytes, "move old releases to another file");
        if (text is null || number is null)
        {
            return null;
        }

        var section = ChangelogSection.Find(text, number, out var headings);
        if (section is null)
        {
            var found = headings.Count == 0
                ? "it has no '## ' headings"
                : $"headings found: {string.Join(", ", headings.Take(10))}{(headings.Count > 10 ? ", …" : "")}";
            reader.Report(node.Start, $"version.releaseNotesFile '{file}' has no section for {number} ({found}); add a heading '## [{number}]' with the notes of this version");
            return null;
        }

        if (section.Length == 0)
        {
            reader.Report(node.Start, $"the section of {number} in '{file}' is empty; write the notes of this version below its heading");
            return null;
        }

        if (section.Length > ManifestLimits.MaxLongTextChars)
        {
            reader.Report(node.Start, $"the section of {number} in '{file}' is {section.Length} characters long; at most {ManifestLimits.MaxLongTextChars} are allowed, shorten it");
            return null;
        }

        return section;
    }
}
