namespace Marketplace.Sandbox.Endpoints;

/// <summary>A multipart file part spooled to disk: its name, where it is, its size, SHA-512 and first bytes (for format sniffing).</summary>
internal sealed record ReceivedFile(string FileName, string TempPath, long Size, string Sha512Hex, byte[] Head);
