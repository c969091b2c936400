namespace Marketplace.Sandbox.Contract;

/// <summary>
/// Request bodies the sandbox does not yet hold to the contract. TEMPORARY, delete at the merge of issue 18 part B:
/// the privacy-and-security draft PUT is still validated by <see cref="Endpoints.PrivacySecurityValidator"/> in the
/// vocabulary of the reference's Postman example, which part B replaces by the contract's <c>commonCloud</c>
/// (AppTrustInformation) schema. Once it has, this exemption goes and the contract checks that body like any other.
/// </summary>
internal static class ContractExemptions
{
    private static readonly string[] Operations = ["putPrivacyAndSecurityDraft"];

    public static bool IsExempt(ContractOperation operation) => Operations.Contains(operation.OperationId, StringComparer.Ordinal);
}
