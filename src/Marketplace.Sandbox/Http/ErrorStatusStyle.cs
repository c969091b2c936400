namespace Marketplace.Sandbox.Http;

/// <summary>
/// The shape of an error answer, which the reference gives per endpoint (docs/contract/marketplace-v3.openapi.json,
/// each operation's 400): the listing endpoints write <c>status</c> as a number, the others as a string; the Reporting
/// endpoints answer <c>JsonErrorsDoc</c>, <c>{errors: [{message, code}]}</c>.
/// </summary>
internal enum ErrorStatusStyle
{
    String,
    Number,
    JsonErrors,
}
