namespace Marketplace.Sandbox.Contract;

/// <summary>
/// Every request any sandbox of this process held to the contract, in order. A test assembly reads it once at the
/// end (a one-time teardown) to fail when the product sent a body the contract refuses or called an endpoint the
/// contract does not describe; see docs/contract/README.md.
/// </summary>
public static class ContractLedger
{
    private static readonly Lock Gate = new();
    private static readonly List<ContractCheck> Checks = [];

    public static IReadOnlyList<ContractCheck> Snapshot()
    {
        lock (Gate)
        {
            return Checks.ToArray();
        }
    }

    internal static void Record(ContractCheck check)
    {
        lock (Gate)
        {
            Checks.Add(check);
        }
    }
}
