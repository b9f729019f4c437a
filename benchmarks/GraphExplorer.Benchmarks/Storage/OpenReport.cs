using System.Diagnostics;
using GraphExplorer.Engine;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Benchmarks.Storage;

/// <summary>
/// Opens a given data folder (copy it first: the open takes its lock and may checkpoint) several times and
/// prints, per round, the recovery's phases (wall and process CPU time each), then the whole open's wall and
/// CPU time, the process's RSS and the bytes the open store retains (decision 0098).
/// </summary>
public static class OpenReport
{
    /// <summary>Runs <paramref name="rounds"/> rounds on <paramref name="directory"/>.</summary>
    public static async Task RunAsync(string directory, int rounds)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load {LoadAverage()}");
        for (var round = 0; round < rounds; round++)
        {
            Phases(directory);
            await WholeOpenAsync(directory).ConfigureAwait(false);
        }
    }

    private static void Phases(string directory)
    {
        Collect();
        var profile = new LoadProfile();
        var result = Recovery.Run(directory, profile);
        profile.Mark("(end)");
        var total = profile.Phases.Aggregate((Wall: TimeSpan.Zero, Cpu: TimeSpan.Zero), (sum, p) => (sum.Wall + p.Wall, sum.Cpu + p.Cpu));
        foreach (var (phase, wall, cpu) in profile.Phases)
        {
            Console.WriteLine($"|   {phase} | {wall.TotalMilliseconds:F0} ms wall | {cpu.TotalMilliseconds:F0} ms CPU |");
        }

        Console.WriteLine($"| recovery total ({result.Store.NodeCount:N0} nodes, {result.Store.RelationshipCount:N0} relationships) | {total.Wall.TotalMilliseconds:F0} ms wall | {total.Cpu.TotalMilliseconds:F0} ms CPU |");
        GC.KeepAlive(result);
    }

    private static async Task WholeOpenAsync(string directory)
    {
        var before = Collect();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory });
        stopwatch.Stop();
        process.Refresh();
        var spent = process.TotalProcessorTime - cpu;
        var retained = Collect() - before;
        process.Refresh();
        Console.WriteLine(
            $"| open (EmbeddedGraphDatabase.Open) | {stopwatch.Elapsed.TotalSeconds:F2} s wall | {spent.TotalSeconds:F2} s CPU | RSS {process.WorkingSet64 / (1 << 20)} MiB (peak {process.PeakWorkingSet64 / (1 << 20)} MiB) | retained {retained / (1 << 20)} MiB | load {LoadAverage()} |");
        await database.DisposeAsync().ConfigureAwait(false);
    }

    private static long Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
