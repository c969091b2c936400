namespace Marketplace.Release.Domain;

/// <summary>
/// The one place the domain's values are spelled: the word tables the manifest binders, the API models' JSON and the
/// front ends read values from, and <c>Word()</c>, through which every message, output and request body writes them.
/// </summary>
public static class DomainWords
{
    /// <summary><c>version.framework</c>; the API's <c>frameworkDetails.frameworkId</c>.</summary>
    public static WordTable<Framework> Frameworks { get; } = new(
        (Framework.Plugin, "plugin"),
        (Framework.Workflow, "workflow"),
        (Framework.Connect, "connect"),
        (Framework.Forge, "forge"),
        (Framework.External, "external"));

    /// <summary><c>app.hosting</c>, a target's <c>hosting</c>, <c>init --hosting</c>; the API's app software <c>hosting</c>.</summary>
    public static WordTable<Hosting> Hostings { get; } = new(
        (Hosting.Server, "server"),
        (Hosting.DataCenter, "datacenter"),
        (Hosting.Cloud, "cloud"));

    /// <summary><c>version.paymentModel</c>; the API's <c>supportedPaymentModel</c>.</summary>
    public static WordTable<PaymentModel> PaymentModels { get; } = new(
        (PaymentModel.Free, "free"),
        (PaymentModel.PaidViaAtlassian, "paid-via-atlassian"),
        (PaymentModel.PaidViaVendor, "paid-via-vendor"));

    public static string Word(this Framework framework) => Frameworks.Word(framework);

    public static string Word(this Hosting hosting) => Hostings.Word(hosting);

    public static string Word(this PaymentModel paymentModel) => PaymentModels.Word(paymentModel);
}
