using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Marketplace.Sandbox.Seed;

/// <summary>
/// An app's Reporting data: <c>installs</c> (host product → host version → installs per week, newest week first) and
/// <c>feedback</c> (one entry per uninstall or disable feedback).
/// </summary>
internal sealed partial class SeedYamlReader
{
    private static readonly string[] FeedbackTypes = ["uninstall", "disable"];
    private static readonly string[] FeedbackHostings = ["cloud", "datacenter", "server"];

    private void ReadInstalls(YamlNode node, SeedApp app)
    {
        foreach (var (product, versions) in Entries(node))
        {
            foreach (var (version, weeks) in Entries(versions))
            {
                var weeksAgo = 0;
                foreach (var week in Items(weeks))
                {
                    var installs = Convert(week, text => long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
                    app.Installs.Add(new SeedInstallCount(product, version, weeksAgo++, installs));
                }
            }
        }
    }

    private void ReadFeedback(YamlNode node, SeedApp app)
    {
        foreach (var item in Items(node))
        {
            var fields = Fields(item, "daysAgo", "version", "type", "reason", "hosting");
            var type = fields.GetValueOrDefault("type") ?? "uninstall";
            var hosting = fields.GetValueOrDefault("hosting") ?? "datacenter";
            if (!FeedbackTypes.Contains(type, StringComparer.Ordinal))
            {
                throw Error(item, $"feedback type is uninstall or disable, not '{type}'");
            }

            if (!FeedbackHostings.Contains(hosting, StringComparer.Ordinal))
            {
                throw Error(item, $"feedback hosting is cloud, datacenter or server, not '{hosting}'");
            }

            app.Feedback.Add(new SeedFeedback(
                Convert(item, _ => int.Parse(Required(fields, "daysAgo", item), NumberStyles.None, CultureInfo.InvariantCulture)),
                Required(fields, "version", item),
                type,
                fields.GetValueOrDefault("reason") ?? "other",
                hosting));
        }
    }

    private void CheckReporting(YamlNode node, SeedApp app)
    {
        if ((app.Installs.Count > 0 || app.Feedback.Count > 0) && (app.DeveloperId is null || app.ProductId is null))
        {
            throw Error(node, "an app with installs or feedback needs a 'developerId' and a 'productId' (Reporting is per developer space and product)");
        }
    }
}
