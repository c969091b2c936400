using System.Text.Json;
using Marketplace.Release.Api.Models;
using Marketplace.Release.Domain;

namespace Marketplace.Release.Tests.Api;

/// <summary>
/// The client reads and writes framework, hosting and payment model as the API's words, through the domain's word
/// tables: a request body carries <c>"frameworkId":"connect"</c>, never a number or <c>"Connect"</c>, and an answer's
/// word becomes the enum once, where the JSON is read.
/// </summary>
internal sealed class DomainWordsJsonTests
{
    [Test]
    public void A_version_create_body_carries_the_API_s_words()
    {
        var body = JsonSerializer.Serialize(new VersionCreateRequest
        {
            Compatibilities = [],
            SupportedPaymentModel = PaymentModel.PaidViaAtlassian,
            FrameworkDetails = new FrameworkDetails(Framework.Connect, null),
            Supported = true,
            Beta = false,
            AcceptedAgreements = [],
        }, MarketplaceJsonContext.Default.VersionCreateRequest);

        Assert.That(body, Is.EqualTo("""{"compatibilities":[],"supportedPaymentModel":"paid-via-atlassian","frameworkDetails":{"frameworkId":"connect"},"supported":true,"beta":false,"acceptedAgreements":[]}"""));
    }

    [Test]
    public void An_answer_s_words_become_the_domain_s_values()
    {
        var version = JsonSerializer.Deserialize("""{"buildNumber":7,"supportedPaymentModel":"paid-via-vendor","frameworkDetails":{"frameworkId":"forge","attributes":{}}}""",
            MarketplaceJsonContext.Default.VersionResponse)!;
        var software = JsonSerializer.Deserialize("""[{"appSoftwareId":"a","hosting":"datacenter"},{"appSoftwareId":"b","hosting":"cloud"},{"appSoftwareId":"c"}]""",
            MarketplaceJsonContext.Default.AppSoftwareArray)!;
        var product = JsonSerializer.Deserialize("""{"buildNumber":1,"hosting":["server","datacenter"]}""", MarketplaceJsonContext.Default.ParentSoftwareVersion)!;

        Assert.Multiple(() =>
        {
            Assert.That((version.SupportedPaymentModel, version.FrameworkDetails!.FrameworkId), Is.EqualTo((PaymentModel.PaidViaVendor, Framework.Forge)));
            Assert.That(software.Select(s => s.Hosting), Is.EqualTo(new Hosting?[] { Hosting.DataCenter, Hosting.Cloud, null }));
            Assert.That(product.Hosting, Is.EqualTo(new Hosting?[] { Hosting.Server, Hosting.DataCenter }));
        });
    }

    [Test]
    public void A_word_this_tool_does_not_know_reads_as_none_and_the_rest_of_the_answer_is_kept()
    {
        var version = JsonSerializer.Deserialize("""{"buildNumber":7,"versionNumber":"1.0.0","supportedPaymentModel":42,"frameworkDetails":{"frameworkId":"forge-remote","attributes":{"a":"b"}}}""",
            MarketplaceJsonContext.Default.VersionResponse)!;

        Assert.Multiple(() =>
        {
            Assert.That(version.FrameworkDetails!.FrameworkId, Is.Null);
            Assert.That(version.SupportedPaymentModel, Is.Null);
            Assert.That((version.VersionNumber, version.FrameworkDetails.Attributes!["a"]!.GetValue<string>()), Is.EqualTo(("1.0.0", "b")));
        });
    }
}
