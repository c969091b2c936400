using System.Globalization;
using System.Text;

namespace Marketplace.Sandbox.Contract;

/// <summary>
/// What a test run's <see cref="ContractLedger"/> shows: how many request bodies were held to a request schema, and
/// what Marketplace Release itself sent that the contract refuses or does not describe (a test that sends a bad body
/// to the sandbox by hand on purpose is counted, not blamed).
/// </summary>
public sealed record ContractSummary(int Calls, int BodiesChecked, int BodiesRefused, IReadOnlyList<string> ProductViolations)
{
    public static ContractSummary Of(IReadOnlyList<ContractCheck> checks)
    {
        var product = checks.Where(check => check.FromProduct && check.Verdict is ContractVerdict.Violates or ContractVerdict.Undescribed)
            .Select(check => $"{check.Operation}: {check.Verdict}: {string.Join("; ", check.Violations)}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ContractSummary(checks.Count, checks.Count(check => check.BodyChecked), checks.Count(check => check.Verdict == ContractVerdict.Violates), product);
    }

    public string Text()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"contract ledger: {Calls} calls, {BodiesChecked} request bodies checked against docs/contract/marketplace-v3.openapi.json, {BodiesRefused} refused (tests sending bad bodies on purpose included), {ProductViolations.Count} violations by the product");
        foreach (var violation in ProductViolations)
        {
            text.AppendLine().Append("  ").Append(violation);
        }

        return text.ToString();
    }
}
