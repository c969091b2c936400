using Marketplace.Sandbox.Contract;

namespace Cake.Marketplace.Tests;

/// <summary>
/// Issue 18, the contract test for the Cake addin's runs: every request the addin sent to a sandbox of this process
/// was described by docs/contract/marketplace-v3.openapi.json and its body valid against it (see the sandbox's
/// <see cref="ContractLedger"/>); the count of bodies checked goes to the test output and contract-ledger.*.txt.
/// </summary>
[SetUpFixture]
internal sealed class ContractLedgerCheck
{
    [OneTimeTearDown]
    public void No_request_of_the_addin_broke_the_contract()
    {
        var summary = ContractSummary.Of(ContractLedger.Snapshot());
        var text = summary.Text();
        TestContext.Progress.WriteLine($"Cake.Marketplace.Tests: {text}");
        File.WriteAllText(Path.Join(TestContext.CurrentContext.WorkDirectory, "contract-ledger.Cake.Marketplace.Tests.txt"), text + Environment.NewLine);
        Assert.That(summary.ProductViolations, Is.Empty, text);
    }
}
