namespace Marketplace.Release.Api;

/// <summary>
/// The named clients of the factory. They differ in what may be retried: reads are retried on every transient
/// failure; creates never are (a lost response may hide a success, so the pipeline re-reads the live state
/// instead); uploads are re-sendable (the content reopens the file) and get a long attempt timeout.
/// </summary>
internal static class HttpClientNames
{
    public const string Reads = "marketplace-reads";
    public const string Creates = "marketplace-creates";
    public const string Uploads = "marketplace-uploads";
}
