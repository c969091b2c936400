namespace Marketplace.Release.Docs.Tests.Examples;

/// <summary>Removes what the examples' tests leave in the temp folder once they have all run.</summary>
[SetUpFixture]
public sealed class ExamplesCleanup
{
    [OneTimeTearDown]
    public Task DeleteAddinFeedAsync() => CakeExample.DeleteFeedAsync();
}
