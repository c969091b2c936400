using Marketplace.Sandbox.Contract;

// In the namespace every test namespace of the linking assemblies (Marketplace.Release.Tests, .Cli.Tests,
// .Reliability.Tests, .Docs.Tests) starts with, so one teardown runs after all of an assembly's tests.
namespace Marketplace.Release;

/// <summary>
/// Issue 18, the contract test: once all of an assembly's tests have run, every request Marketplace Release sent to a
/// sandbox of this process must have been described by docs/contract/marketplace-v3.openapi.json and its body valid
/// against the request schema (the sandbox checked each one and kept the verdict in its <see cref="ContractLedger"/>).
/// The count of bodies checked is written to the test output and to contract-ledger.*.txt in the work directory.
/// </summary>
[SetUpFixture]
internal sealed class ContractLedgerCheck
{
    [OneTimeTearDown]
    public void No_request_of_the_product_broke_the_contract()
    {
        var summary = ContractSummary.Of(ContractLedger.Snapshot());
        var text = summary.Text();
        var assembly = typeof(ContractLedgerCheck).Assembly.GetName().Name;
        TestContext.Progress.WriteLine($"{assembly}: {text}");
        File.WriteAllText(Path.Join(TestContext.CurrentContext.WorkDirectory, $"contract-ledger.{assembly}.txt"), text + Environment.NewLine);
        Assert.That(summary.ProductViolations, Is.Empty, text);
    }
}
