using Marketplace.Sandbox.Http;
using Marketplace.Sandbox.State;

namespace Marketplace.Sandbox.Endpoints;

/// <summary>
/// The "at least N seconds between two uploads of one account" rule. A slot is taken when an upload starts (so two
/// concurrent uploads cannot both pass) and given back when the upload is refused, as a refused upload stored nothing.
/// </summary>
internal static class UploadSpacing
{
    /// <summary>Takes the account's upload slot or throws 429 with Retry-After. Returns what to restore on refusal.</summary>
    public static DateTimeOffset? Reserve(MarketplaceStore store, string user)
    {
        lock (store.Gate)
        {
            var now = store.Now;
            var spacing = store.Settings.UploadSpacing;
            var hadUpload = store.LastUploadByUser.TryGetValue(user, out var last);
            if (hadUpload && now - last < spacing)
            {
                var wait = spacing - (now - last);
                throw new ApiProblem(429, "TOO_MANY_REQUESTS", "Too many uploads", $"Wait at least {spacing.TotalSeconds:0.#} s between two artifact uploads")
                {
                    RetryAfterSeconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)),
                };
            }

            store.LastUploadByUser[user] = now;
            return hadUpload ? last : null;
        }
    }

    public static void Release(MarketplaceStore store, string user, DateTimeOffset? previous)
    {
        lock (store.Gate)
        {
            if (previous is { } time)
            {
                store.LastUploadByUser[user] = time;
            }
            else
            {
                store.LastUploadByUser.Remove(user);
            }
        }
    }
}
