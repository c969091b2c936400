namespace Marketplace.Release.Api.Models;

/// <summary>The links of a feedback page; <see cref="Next"/> is absent on the last page.</summary>
internal sealed record FeedbackLinks(HrefLink? Self, HrefLink? Next);
