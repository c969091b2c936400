namespace Marketplace.Sandbox.Contract;

/// <summary>What the contract said about one request the sandbox received.</summary>
public enum ContractVerdict
{
    /// <summary>The request's body (JSON or multipart) is what the contract's request schema describes.</summary>
    Conforms,

    /// <summary>The body breaks the request schema (or is sent as another media type).</summary>
    Violates,

    /// <summary>The contract describes no such method and path.</summary>
    Undescribed,

    /// <summary>A described call without a request body (a read, a delete, the privacy publish).</summary>
    NoBody,
}
