using Microsoft.AspNetCore.Http;

namespace Marketplace.Sandbox.Http;

/// <summary>Per-request facts passed between the sandbox's middleware through <see cref="HttpContext.Items"/>.</summary>
internal static class SandboxItems
{
    private const string UserKey = "sandbox.user";
    private const string FaultKey = "sandbox.fault";
    private const string DroppedKey = "sandbox.dropped";

    public static string User(HttpContext context) => context.Items[UserKey] as string ?? throw new InvalidOperationException("No authenticated user");

    public static void SetUser(HttpContext context, string user) => context.Items[UserKey] = user;

    public static string? Fault(HttpContext context) => context.Items[FaultKey] as string;

    public static void SetFault(HttpContext context, string description) => context.Items[FaultKey] = description;

    public static bool Dropped(HttpContext context) => context.Items.ContainsKey(DroppedKey);

    public static void SetDropped(HttpContext context) => context.Items[DroppedKey] = true;

    public static bool IsAdminPath(PathString path) =>
        path.StartsWithSegments("/__sandbox", StringComparison.Ordinal) || path.StartsWithSegments("/marketplace/__sandbox", StringComparison.Ordinal);
}
