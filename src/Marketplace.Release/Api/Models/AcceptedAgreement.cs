namespace Marketplace.Release.Api.Models;

internal sealed record AcceptedAgreement(string AgreementUrl);
