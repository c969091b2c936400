using System.Text.Json.Nodes;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;
using Marketplace.Release.Versions;

namespace Marketplace.Release.Tests.Versions;

/// <summary>docs/marketplace-api.md § Compatibility updates: the version PUT is the whole version as read, editable fields replaced, revision and state echoed, licenseType as {id}.</summary>
[TestFixture]
internal sealed class VersionUpdateBodyTests
{
    private static JsonObject Live() => JsonNode.Parse("""
        {"buildNumber": 100300000, "versionNumber": "1.3.0",
         "compatibilities": [{"parentSoftwareId": "jira", "minBuildNumber": 9120000, "maxBuildNumber": 10030003}],
         "supportedPaymentModel": "free",
         "frameworkDetails": {"frameworkId": "plugin", "attributes": {"artifactId": "a1", "pluginFrameworkType": "P2"}},
         "licenseType": {"id": "commercial", "name": "Commercial License", "link": "https://example.com/license"},
         "editionsEnabled": false, "supported": true, "beta": false,
         "state": "approved", "revision": 4, "createdBy": "someone@example.com", "createdAt": "2026-01-01T00:00:00Z",
         "approvalDetails": {"submittedAt": "2026-01-01T00:00:00Z", "jiraIssueKey": "MKPLHELP-1"},
         "changelog": {"releaseSummary": "Weekly reports", "releaseNotes": "Exports."}}
        """)!.AsObject();

    [Test]
    public void Only_the_editable_fields_change_and_the_read_fields_are_echoed()
    {
        var desired = new VersionCreateRequest
        {
            BuildNumber = 100300000,
            VersionNumber = "1.3.0",
            Compatibilities = [new Compatibility("jira", 9120000, 10040001)],
            SupportedPaymentModel = PaymentModel.Free,
            FrameworkDetails = new FrameworkDetails(Framework.Plugin, new() { ["artifactId"] = "a1" }),
            Changelog = new Changelog("Monthly reports", null),
            Supported = false,
            Beta = true,
            AcceptedAgreements = [new AcceptedAgreement("https://www.atlassian.com/licensing/marketplace/partneragreement")],
        };

        var body = VersionUpdateBody.Build(Live(), desired);

        Assert.Multiple(() =>
        {
            Assert.That(body["compatibilities"]![0]!["maxBuildNumber"]!.GetValue<long>(), Is.EqualTo(10040001));
            Assert.That(body["supported"]!.GetValue<bool>(), Is.False);
            Assert.That(body["beta"]!.GetValue<bool>(), Is.True);
            Assert.That(body["changelog"]!["releaseSummary"]!.GetValue<string>(), Is.EqualTo("Monthly reports"));
            Assert.That(body["changelog"]!["releaseNotes"]!.GetValue<string>(), Is.EqualTo("Exports."), "notes the manifest leaves out stay");
            Assert.That(body["revision"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(body["state"]!.GetValue<string>(), Is.EqualTo("approved"));
            Assert.That(body["licenseType"]!.ToJsonString(), Is.EqualTo("""{"id":"commercial"}"""));
            Assert.That(body["frameworkDetails"]!["attributes"]!["pluginFrameworkType"]!.GetValue<string>(), Is.EqualTo("P2"), "as read, not as built");
            Assert.That(body["editionsEnabled"]!.GetValue<bool>(), Is.False, "fields the client has no model of are kept");
            Assert.That(body.ContainsKey("createdAt") || body.ContainsKey("createdBy") || body.ContainsKey("approvalDetails"), Is.False);
            Assert.That(body["acceptedAgreements"]![0]!["agreementUrl"]!.GetValue<string>(), Does.Contain("partneragreement"));
        });
    }
}
