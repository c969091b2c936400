using System.Globalization;
using Marketplace.Release.Manifest.Yaml;

namespace Marketplace.Release.Manifest.Binding;

/// <summary>Reads the optional <c>gates:</c> section: <c>installCoverage</c> as a percentage (<c>90%</c>, <c>87.5 %</c> or <c>90</c>).</summary>
internal sealed class GatesBinder(ValueReader reader)
{
    public GatesSpec? Bind(SectionView top)
    {
        var section = reader.Section(top["gates"], "gates", ManifestVocabulary.Gates, top.KeyPosition("gates"));
        if (section is null)
        {
            if (top["gates"] is ScalarNode { IsNull: true } empty)
            {
                reader.Report(empty.Start, "gates is empty; give installCoverage: 90% below it, or remove it");
            }

            return null;
        }

        var text = reader.Text(section, "installCoverage");
        if (text is null)
        {
            return new GatesSpec();
        }

        var number = text.Trim().TrimEnd('%').TrimEnd();
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || percent is < 0 or > 100)
        {
            reader.Report(section["installCoverage"]!.Start, $"gates.installCoverage '{text}' is not a percentage from 0% to 100%; write it as installCoverage: 90%");
            return new GatesSpec();
        }

        return new GatesSpec { InstallCoverage = percent };
    }
}
