using System.Diagnostics;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Storage;

/// <summary>
/// A quick Stopwatch report of the storage figures in docs/performance.md (commits per second under Full and
/// Relaxed, WAL replay rate, time to open 1M relationships), printing wall-clock and process CPU time, since
/// wall-clock time on a shared machine says more about the neighbours than about the code. The
/// BenchmarkDotNet classes beside it measure the same things more carefully on an idle machine.
/// </summary>
public static class StorageReport
{
    /// <summary>Runs the report (about a minute plus the 1M-relationship fill).</summary>
    public static async Task RunAsync()
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        await CommitsAsync(DurabilityMode.Full, 500).ConfigureAwait(false);
        await CommitsAsync(DurabilityMode.Relaxed, 20_000).ConfigureAwait(false);
        await ReplayAsync(50_000).ConfigureAwait(false);
        await OpenAsync().ConfigureAwait(false);
        await ReadersBesideWriterReport.RunAsync(100).ConfigureAwait(false);
        await ReadersBesideWriterReport.RunAsync(5_000).ConfigureAwait(false);
    }

    private static async Task CommitsAsync(DurabilityMode durability, int count)
    {
        var directory = StorageFixture.NewDirectory("report-commits");
        try
        {
            var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory, Durability = durability });
            await using (database.ConfigureAwait(false))
            {
                for (var i = 0; i < 200; i++)
                {
                    await CreateAsync(database, i).ConfigureAwait(false);
                }

                var (wall, cpu) = await MeasureAsync(async () =>
                {
                    for (var i = 0; i < count; i++)
                    {
                        await CreateAsync(database, i).ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
                Console.WriteLine($"| commits/s, {durability}, one CREATE per transaction | {count / wall:F0} (wall), {1e6 * cpu / count:F0} µs CPU each |");
            }
        }
        finally
        {
            StorageFixture.Delete(directory);
        }
    }

    private static async Task ReplayAsync(int commits)
    {
        var source = StorageFixture.NewDirectory("report-replay");
        string? copy = null;
        try
        {
            var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = source, Durability = DurabilityMode.Relaxed, CheckpointLogBytes = long.MaxValue, CheckpointInterval = null });
            await using (database.ConfigureAwait(false))
            {
                for (var i = 0; i < commits; i++)
                {
                    await database.RunAsync("CREATE (:Item {seq: $seq, name: 'item', tags: ['a', 'b']})", new Dictionary<string, object?> { ["seq"] = (long)i }).ConfigureAwait(false);
                }

                copy = StorageFixture.CopyDataFiles(source, "report-replay-copy");
            }

            var megabytes = new FileInfo(Path.Combine(copy, "graph.wal")).Length / 1024.0 / 1024.0;
            EmbeddedGraphDatabase? reopened = null;
            var (wall, cpu) = await MeasureAsync(() =>
            {
                reopened = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = copy });
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            Console.WriteLine($"| WAL replay, {commits:N0} commits ({megabytes:F1} MiB) | {wall * 1000:F0} ms wall, {cpu * 1000:F0} ms CPU = {commits / cpu:F0} commits/s, {megabytes / cpu:F1} MiB/s by CPU |");
            await reopened!.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            StorageFixture.Delete(source);
            if (copy is not null)
            {
                StorageFixture.Delete(copy);
            }
        }
    }

    private static async Task OpenAsync()
    {
        var directory = StorageFixture.NewDirectory("report-open");
        try
        {
            var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory, Durability = DurabilityMode.Relaxed, CheckpointLogBytes = long.MaxValue, CheckpointInterval = null });
            await using (database.ConfigureAwait(false))
            {
                await StorageFixture.FillAsync(database, 100_000, 1_000_000).ConfigureAwait(false);
            }

            for (var round = 0; round < 3; round++)
            {
                GC.Collect();
                EmbeddedGraphDatabase? reopened = null;
                var (wall, cpu) = await MeasureAsync(() =>
                {
                    reopened = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = directory });
                    return Task.CompletedTask;
                }).ConfigureAwait(false);
                Console.WriteLine($"| open 100,000 nodes + 1,000,000 relationships (snapshot) | {wall:F2} s wall, {cpu:F2} s CPU |");
                await reopened!.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            StorageFixture.Delete(directory);
        }
    }

    private static Task CreateAsync(EmbeddedGraphDatabase database, int seq) =>
        database.RunAsync("CREATE (:Item {seq: $seq, name: 'item'})", new Dictionary<string, object?> { ["seq"] = (long)seq });

    private static async Task<(double Wall, double Cpu)> MeasureAsync(Func<Task> action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await action().ConfigureAwait(false);
        stopwatch.Stop();
        process.Refresh();
        return (stopwatch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
