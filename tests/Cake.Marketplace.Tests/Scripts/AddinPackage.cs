using Cake.Marketplace.Tests.Fixtures;

namespace Cake.Marketplace.Tests.Scripts;

/// <summary>Packs the addin once for every script test of the run, and removes the feed afterwards.</summary>
[SetUpFixture]
internal sealed class AddinPackage
{
    private static AddinFeed? feed;

    public static AddinFeed Feed => feed ?? throw new InvalidOperationException("the addin was not packed");

    [OneTimeSetUp]
    public async Task PackAsync() => feed = await AddinFeed.PackAsync();

    [OneTimeTearDown]
    public void Delete() => feed?.Delete();
}
