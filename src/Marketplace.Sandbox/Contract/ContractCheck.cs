namespace Marketplace.Sandbox.Contract;

/// <summary>
/// One request held to the contract: <see cref="Operation"/> is the contract's method and path template
/// (<c>PUT /rest/3/product-listing/{productId}</c>), or the request's own when the contract describes none;
/// <see cref="FromProduct"/> tells a request of Marketplace Release (its User-Agent) from one a test sent by hand.
/// </summary>
public sealed record ContractCheck(string Operation, ContractVerdict Verdict, IReadOnlyList<string> Violations, bool FromProduct)
{
    /// <summary>True when a request body was held to a request schema (conforming or not).</summary>
    public bool BodyChecked => Verdict is ContractVerdict.Conforms or ContractVerdict.Violates;
}
