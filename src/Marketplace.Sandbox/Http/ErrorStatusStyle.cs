namespace Marketplace.Sandbox.Http;

/// <summary>The live API writes an error's <c>status</c> as a number on listing endpoints and as a string elsewhere.</summary>
internal enum ErrorStatusStyle
{
    String,
    Number,
}
