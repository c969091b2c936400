namespace Marketplace.Release.Reliability.Tests.Faults;

/// <summary>
/// Issue 20: the requests of a two-target release where a fault or a kill could leave the release half done or make
/// it create twice: the second target's writes (each the second request to its path in a clean run) and the first
/// request of the second target, the boundary between the targets.
/// </summary>
internal static class TargetsMatrix
{
    private const string Listing = "/rest/3/app-software/*/versions/*/listing";

    public static readonly IReadOnlyList<string> FaultNames =
        ["503 before", "performed then 502", "dropped before", "performed then dropped", "503 on every attempt", "performed then dropped on every attempt"];

    public static IReadOnlyList<MatrixRequest> Requests { get; } =
    [
        // The second target's resolve: the first request after the first target is done.
        new("second target: resolve", "GET", "/rest/3/app-software/app-key/*", After: 1),
        new("second target: artifact upload", "POST", "/rest/3/artifacts", After: 1),
        new("second target: version create", "POST", "/rest/3/app-software/*/versions", After: 1),
        // A release that publishes creates its listing PUBLIC in this one POST (no publish PUT follows).
        new("second target: listing create", "POST", Listing, After: 1),
    ];

    public static IEnumerable<TestCaseData> Cells() =>
        from request in Requests
        from fault in FaultNames
        select new TestCaseData(request.Name, fault).SetName($"targets: {request.Name} × {fault}");

    public static MatrixRequest Request(string name) => Requests.Single(r => r.Name == name);
}
