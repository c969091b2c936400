namespace Marketplace.Release.Api.Models;

/// <summary>
/// The <c>state</c> query parameter of <c>GET …/privacy-and-security/products/{productId}</c>: "live" or "draft".
/// Always sent: without it the API answers the draft when one exists, which is not what "compare with live" means.
/// </summary>
internal enum PrivacySecurityState
{
    Live,
    Draft,
}
