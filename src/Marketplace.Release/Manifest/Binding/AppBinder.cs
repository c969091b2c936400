using System.Text.RegularExpressions;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads the <c>app:</c> section.</summary>
internal sealed partial class AppBinder(ValueReader reader)
{
    public AppSpec? Bind(SectionView top)
    {
        var app = reader.RequiredSection(top, "app", ManifestVocabulary.App, "key and hosting");
        if (app is null)
        {
            return null;
        }

        var key = reader.RequiredText(app, "key", "com.example.myapp");
        if (key is not null && !AppKeyPattern().IsMatch(key))
        {
            reader.Report(app["key"]!.Start, $"app.key '{key}' is not an app key; app keys are letters, digits, '.', '-' and '_', e.g. com.example.myapp");
            key = null;
        }

        var hosting = DomainWords.Hostings.FromWord(reader.RequiredChoice(app, "hosting", DomainWords.Hostings.Words, "datacenter (server, datacenter or cloud)"));
        var developerId = reader.Text(app, "developerId");
        if (developerId is not null && !DeveloperIds.IsDeveloperId(developerId))
        {
            reader.Report(app["developerId"]!.Start, $"app.developerId '{developerId}' is not a developer id; developer ids are UUIDs such as 87654321-4321-4321-4321-210987654321 (Marketplace: Manage developer space, or GET /rest/3/developer-space/vendor/{{vendorId}})");
            developerId = null;
        }

        return key is null || hosting is null ? null : new AppSpec(key, hosting.Value) { DeveloperId = developerId };
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppKeyPattern();
}
