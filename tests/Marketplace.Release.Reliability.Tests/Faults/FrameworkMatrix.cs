namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// Issue 12: the requests of a connect (descriptor by URL), forge and external release that change something or read
/// back what was just changed, where a fault or a kill could make a release create twice. The faults are
/// <see cref="FaultMatrix.Faults"/> less the ones that only time retries (429, slow answers), which the plugin
/// matrix covers for every request.
/// </summary>
internal static class FrameworkMatrix
{
    private const string Version = "/rest/3/app-software/*/versions/*";
    private const string Listing = "/rest/3/app-software/*/versions/*/listing";

    public static readonly IReadOnlyList<string> FaultNames =
        ["503 before", "performed then 502", "dropped before", "performed then dropped", "503 on every attempt", "performed then dropped on every attempt"];

    public static IReadOnlyList<MatrixRequest> Requests(string framework) =>
    [
        .. framework == "connect" ? [new MatrixRequest("descriptor fetch", "POST", "/rest/3/artifacts/fetch")] : Array.Empty<MatrixRequest>(),
        new("version create", "POST", "/rest/3/app-software/*/versions"),
        // external reads its own build number in reconcile first (404); connect and forge have none to read until created.
        new("version re-read", "GET", Version, After: framework == "external" ? 1 : 0),
        new("listing create", "POST", Listing),
        // Issue 22: the listing is created PUBLIC and first read back by verify (external read its own in reconcile).
        new("listing read-back", "GET", Listing, After: framework == "external" ? 1 : 0),
    ];

    public static IEnumerable<TestCaseData> Cells() =>
        from framework in Marketplace.Release.Tests.Fixtures.FrameworkWorkspaces.Frameworks
        from request in Requests(framework)
        from fault in FaultNames
        select new TestCaseData(framework, request.Name, fault).SetName($"{framework}: {request.Name} × {fault}");

    public static MatrixRequest Request(string framework, string name) => Requests(framework).Single(r => r.Name == name);
}
