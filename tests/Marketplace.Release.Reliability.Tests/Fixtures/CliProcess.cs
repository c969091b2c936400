using System.Diagnostics;
using System.Text;
using Marketplace.Release.Pipeline;

namespace Marketplace.Release.Reliability.Tests.Fixtures;

/// <summary>
/// The built CLI (<c>marketplace-release.dll</c>, copied beside the tests) as a real process: for SIGKILL and for
/// peak memory, which an in-process run cannot show. Peak memory is the kernel's VmHWM, sampled until exit.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly string? resultFile;
    private readonly Task sampler;
    private long peak;

    private CliProcess(Process process, string? resultFile)
    {
        this.process = process;
        this.resultFile = resultFile;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        sampler = Task.Run(SamplePeakAsync);
    }

    public static string DllPath => Path.Join(AppContext.BaseDirectory, "marketplace-release.dll");

    public int Id => process.Id;

    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var resultFile = args.Length > 0 && args[0] is "publish" or "plan" ? Path.Join(workingDirectory, "result-" + Guid.NewGuid().ToString("N")[..8] + ".json") : null;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (resultFile is not null)
        {
            start.ArgumentList.Add("--result");
            start.ArgumentList.Add(resultFile);
        }

        // A clean CI-less environment: no host detection from the machine running the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("BITBUCKET_", StringComparison.Ordinal) || k.StartsWith("MARKETPLACE_", StringComparison.Ordinal) || k is "CI" or "INPUT_MANIFEST").ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        return new CliProcess(process, resultFile);
    }

    /// <summary>SIGKILL: no handler, no finally block, no flush runs in the CLI.</summary>
    public async Task<CliRun> KillAsync()
    {
        process.Kill(entireProcessTree: true);
        return await FinishAsync(killed: true, TimeSpan.FromSeconds(30));
    }

    public Task<CliRun> WaitAsync(TimeSpan timeout) => FinishAsync(killed: false, timeout);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private async Task<CliRun> FinishAsync(bool killed, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            killed = true;
            Append(error, $"[test] killed after {timeout.TotalSeconds:0} s: the process hung");
        }

        await sampler;
        var resultText = resultFile is not null && File.Exists(resultFile) ? await File.ReadAllTextAsync(resultFile) : null;
        lock (output)
        {
            lock (error)
            {
                return new CliRun(process.ExitCode, output.ToString(), error.ToString(), resultText is null ? null : ReleaseResultJson.Deserialize(resultText), resultText)
                {
                    PeakMemoryBytes = Interlocked.Read(ref peak),
                    Killed = killed,
                };
            }
        }
    }

    private async Task SamplePeakAsync()
    {
        var status = $"/proc/{process.Id}/status";
        while (!process.HasExited)
        {
            try
            {
                foreach (var line in await File.ReadAllLinesAsync(status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                        && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kilobytes))
                    {
                        Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), kilobytes * 1024));
                    }
                }
            }
            catch (IOException)
            {
                return;
            }

            await Task.Delay(15);
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
