using System.Globalization;
using Marketplace.Release.Reliability.Tests.Fixtures;
using Marketplace.Sandbox;

namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>Every request of a publish × every fault the sandbox injects. The cells are the cross product.</summary>
internal static class FaultMatrix
{
    private const string Version = "/rest/3/app-software/*/versions/*";
    private const string Listing = "/rest/3/app-software/*/versions/*/listing";
    private const string AppListing = "/rest/3/product-listing/*";
    private const string Migration = "/rest/3/cloud-migration-compatibility/products/*";
    private const string Privacy = "/rest/3/privacy-and-security/products/*";

    /// <summary>
    /// The requests of a publish of the bundled example (inherit: previous, one screenshot) with the presence sections
    /// of <see cref="PresenceWorkspace"/>, in order. Issue 22: resolve's reads go together, so do reconcile's version,
    /// its listing and the version list, and the artifact and image uploads; the listing is created PUBLIC (no
    /// publish GET and PUT) and not read again before verify.
    /// </summary>
    public static readonly IReadOnlyList<MatrixRequest> Requests =
    [
        new("resolve: app software", "GET", "/rest/3/app-software/app-key/*"),
        new("resolve: product version", "GET", "/rest/3/parent-software/*/versions/number/*"),
        new("resolve-product: developer space", "GET", "/rest/3/product-listing/developer-space/*"),
        new("reconcile: read version", "GET", Version),
        new("reconcile: read listing", "GET", Listing),
        new("reconcile: list versions", "GET", "/rest/3/app-software/*/versions"),
        new("reconcile: previous listing", "GET", Listing, After: 1),
        new("artifact upload", "POST", "/rest/3/artifacts"),
        new("image upload", "POST", "/rest/3/assets/images/*"),
        new("artifact poll", "GET", "/rest/3/artifacts/*"),
        new("version create", "POST", "/rest/3/app-software/*/versions"),
        new("version re-read", "GET", Version, After: 1),
        new("listing create", "POST", Listing),
        new("verify: read version", "GET", Version, After: 2),
        new("verify: read listing", "GET", Listing, After: 2),
        new("app-listing: read", "GET", AppListing),
        new("app-listing: icon upload", "POST", "/rest/3/assets/images/*", After: 1, Presence: true),
        new("app-listing: PUT", "PUT", AppListing, Presence: true),
        new("cloud-migration: read", "GET", Migration),
        new("cloud-migration: PATCH", "PATCH", Migration, Presence: true),
        new("cloud-migration: PUT (no record yet)", "PUT", Migration, Seed: seed => seed.Apps[0].CloudMigration = null, Presence: true),
        new("privacy-security: read live", "GET", Privacy),
        new("privacy-security: PUT draft", "PUT", Privacy, Presence: true),
        new("privacy-security: publish", "POST", Privacy + "/publish", Presence: true),
    ];

    /// <summary>
    /// The requests a compatibility update of the published example makes itself (docs/marketplace-api.md § Compatibility updates): after reconcile's read of
    /// the version, the update reads it afresh and PUTs it; verify reads it again after that.
    /// </summary>
    public static readonly IReadOnlyList<MatrixRequest> UpdateRequests =
    [
        new("update: read version", "GET", Version, After: 1),
        new("update: PUT version", "PUT", Version),
    ];

    /// <summary>Longer than every per-attempt timeout of <see cref="InProcessCli.Fast"/>.</summary>
    public static readonly TimeSpan SlowResponse = TimeSpan.FromSeconds(3);

    public static readonly IReadOnlyList<MatrixFault> Faults =
    [
        new("503 before", r => StatusRule(r, FaultKind.Status, 503)),
        new("performed then 502", r => StatusRule(r, FaultKind.PerformThenStatus, 502)),
        new("dropped before", r => Rule(r, FaultKind.Drop)),
        new("performed then dropped", r => Rule(r, FaultKind.PerformThenDrop)),
        new("429 Retry-After seconds", r => StatusRule(r, FaultKind.Status, 429, "1")),
        new("429 Retry-After HTTP date", r => StatusRule(r, FaultKind.Status, 429, DateTimeOffset.UtcNow.AddSeconds(2).ToString("R", CultureInfo.InvariantCulture))),
        new("slower than the attempt timeout", r => new FaultRule { Method = r.Method, Path = r.Path, After = r.After, Kind = FaultKind.Delay, Delay = SlowResponse }),

        // Persistent: every attempt fails, so the run must give up with a message and a plain re-run must finish.
        new("503 on every attempt", r => StatusRule(r, FaultKind.Status, 503, times: 0)),
        new("performed then dropped on every attempt", r => Rule(r, FaultKind.PerformThenDrop, times: 0)),
    ];

    public static IEnumerable<TestCaseData> Cells() =>
        from request in Requests
        from fault in Faults
        select new TestCaseData(request.Name, fault.Name).SetName($"{request.Name} × {fault.Name}");

    public static IEnumerable<TestCaseData> UpdateCells() =>
        from request in UpdateRequests
        from fault in Faults
        select new TestCaseData(request.Name, fault.Name).SetName($"{request.Name} × {fault.Name}");

    public static MatrixRequest Request(string name) => Requests.Concat(UpdateRequests).Single(r => r.Name == name);

    public static MatrixFault Fault(string name) => Faults.Single(f => f.Name == name);

    /// <summary>True for the faults that hit every attempt rather than the first one.</summary>
    public static bool IsPersistent(FaultRule rule) => rule.Times == 0;

    private static FaultRule StatusRule(MatrixRequest request, FaultKind kind, int status, string? retryAfter = null, int times = 1) =>
        new() { Method = request.Method, Path = request.Path, After = request.After, Kind = kind, StatusCode = status, RetryAfter = retryAfter, Times = times };

    private static FaultRule Rule(MatrixRequest request, FaultKind kind, int times = 1) =>
        new() { Method = request.Method, Path = request.Path, After = request.After, Kind = kind, Times = times };
}
