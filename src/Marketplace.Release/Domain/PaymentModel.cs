namespace Marketplace.Release.Domain;

/// <summary>
/// How a version is paid for: <c>version.paymentModel</c> in the manifest, <c>supportedPaymentModel</c> in the API
/// (docs/marketplace-api.md § Versions). Its words are <see cref="DomainWords.PaymentModels"/>.
/// </summary>
public enum PaymentModel
{
    Free,

    PaidViaAtlassian,

    PaidViaVendor,
}
