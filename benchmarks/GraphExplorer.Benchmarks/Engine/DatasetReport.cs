using System.Diagnostics;
using GraphExplorer.Engine;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// The <c>--dataset &lt;data folder&gt;</c> mode (issue 12, item 6): opens an imported benchmark store (a COPY: the
/// fulltext index is created in it when missing), times opening it, then times issue 12's target queries one call
/// at a time with a <see cref="Stopwatch"/> after a warm-up and prints p50/p95/p99 beside each target.
/// </summary>
public static class DatasetReport
{
    private const string FulltextIndex =
        "CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (n:Country|Ministry|Position|Official|Declaration|Meeting|Topic) ON EACH [n.name, n.title, n.aliases]";

    /// <summary>Runs the report; arguments: <c>--dataset PATH</c>, <c>--samples N</c> (default 1,000), <c>--opens N</c> (default 3).</summary>
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var path = Text(args, "--dataset") ?? throw new ArgumentException("--dataset needs the path of a copy of the benchmark data folder.", nameof(args));
        var samples = ReportOptions.Integer(args, "--samples", 1_000);
        var opens = ReportOptions.Integer(args, "--opens", 3);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {ReportOptions.MemoryGiB()} GiB RAM, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, server GC: {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine($"Store: {path}; load average {ReportOptions.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| measure | wall | target |");
        Console.WriteLine("|---|---|---|");
        for (var run = 1; run <= opens; run++)
        {
            var started = Stopwatch.GetTimestamp();
            var opened = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = path });
            await using (opened.ConfigureAwait(false))
            {
                // The first answer counts: a store that opens lazily pays the rest on its first read.
                await opened.RunAsync("MATCH (n:Official) RETURN n.id LIMIT 1", null, AccessMode.Read).ConfigureAwait(false);
                Console.WriteLine($"| open the store + first answer, run {run} | {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s | ≤ 3 s |");
            }
        }

        var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = path });
        await using (database.ConfigureAwait(false))
        {
            await database.RunAsync(FulltextIndex, null, AccessMode.Write).ConfigureAwait(false);
            var fixture = await DatasetFixture.LoadAsync(database).ConfigureAwait(false);
            Console.WriteLine($"Retained managed heap with the store open: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:F0} MiB; {fixture.OfficialIds.Count:N0} officials, {fixture.MeetingIds.Count:N0} meetings");
            Console.WriteLine();
            Console.WriteLine($"| query ({samples:N0} calls after warm-up) | p50 | p95 | p99 | rows | target (p50) |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var query in DatasetQueries.All(fixture))
            {
                await MeasureAsync(database, query, samples).ConfigureAwait(false);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {ReportOptions.LoadAverage()}");
    }

    private static async Task MeasureAsync(EmbeddedGraphDatabase database, DatasetQuery query, int samples)
    {
        // Warm-up: JIT, tiered compilation, plan cache; fewer calls for the slow ones.
        var warmUp = Math.Min(200, samples);
        for (var i = 0; i < warmUp; i++)
        {
            await database.RunAsync(query.Cypher, query.Parameters(samples + i), AccessMode.Read).ConfigureAwait(false);
        }

        var timings = new double[samples];
        var rows = 0L;
        for (var i = 0; i < samples; i++)
        {
            var parameters = query.Parameters(i);
            var started = Stopwatch.GetTimestamp();
            var result = await database.RunAsync(query.Cypher, parameters, AccessMode.Read).ConfigureAwait(false);
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            rows += query.Rows(result);
        }

        Array.Sort(timings);
        Console.WriteLine(
            $"| {query.Label} | {ReportOptions.Percentile(timings, 0.50):F3} ms | {ReportOptions.Percentile(timings, 0.95):F3} ms | {ReportOptions.Percentile(timings, 0.99):F3} ms | {(double)rows / samples:F1} | {query.Target} |");
    }

    private static string? Text(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
