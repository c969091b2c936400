using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Http;

/// <summary>HTTP Basic on every <c>/marketplace/rest</c> path; a missing or wrong credential is 401 with no body, as on the live API.</summary>
internal sealed class BasicAuthentication(IReadOnlyDictionary<string, string> tokensByUser)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/marketplace/rest", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        if (Authenticate(context.Request.Headers.Authorization.ToString()) is not { } user)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        SandboxItems.SetUser(context, user);
        await next(context);
    }

    private string? Authenticate(string header)
    {
        const string Scheme = "Basic ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !tokensByUser.TryGetValue(decoded[..colon], out var token))
        {
            return null;
        }

        var given = Encoding.UTF8.GetBytes(decoded[(colon + 1)..]);
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(token)) ? decoded[..colon] : null;
    }
}
