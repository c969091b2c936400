namespace Marketplace.Sandbox;

public sealed class SandboxOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    public SandboxSeed Seed { get; init; } = SandboxSeed.Default;

    /// <summary>Clock for artifact processing, upload spacing and timestamps (a FakeTimeProvider in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// How long every API request is held before it is handled (zero: not at all), a real delay whatever the
    /// <see cref="TimeProvider"/>: the round trips of a far-away Marketplace, for <c>bench/roundtrips.sh</c>.
    /// </summary>
    public TimeSpan Latency { get; init; }

    /// <summary>A latency as the seed writes durations ("100ms", "0.1s", a bare number is seconds).</summary>
    /// <exception cref="FormatException">Not a duration.</exception>
    public static TimeSpan ParseLatency(string text) => Marketplace.Sandbox.Seed.SeedText.Duration(text, "--latency");

    /// <summary>Receives one line per API request when set.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>
    /// Told about every API request when it arrives (awaited: returning later holds the request, e.g. so a test can
    /// kill a client at a precise point) and once its response has been sent. Admin requests are not reported.
    /// </summary>
    public Func<SandboxRequestEvent, CancellationToken, Task>? OnRequest { get; init; }
}
