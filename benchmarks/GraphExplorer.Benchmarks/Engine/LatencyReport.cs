using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Engine;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// The <c>--latency</c> mode: loads the synthetic graph once, measures load time and retained managed
/// memory, then times every single query call with a <see cref="Stopwatch"/> (BenchmarkDotNet reports
/// percentiles of iteration means, not of single calls) and prints p50/p95/p99 over random start nodes.
/// </summary>
public static class LatencyReport
{
    /// <summary>Runs the report; arguments: <c>--samples N</c> (default 10,000), <c>--nodes N</c>, <c>--relationships N</c>.</summary>
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var samples = ReportOptions.Integer(args, "--samples", 10_000);
        var graph = SyntheticGraph.Generate(ReportOptions.Integer(args, "--nodes", 100_000), ReportOptions.Integer(args, "--relationships", 1_000_000));
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, server GC: {System.Runtime.GCSettings.IsServerGC}");
        // The GC's gen-0 budget decides how often a load promotes its new relationships (decision 0023), so it is printed.
        Console.WriteLine($"GC latency mode {System.Runtime.GCSettings.LatencyMode}, DOTNET_GCgen0size={Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "(default)"}; load average {ReportOptions.LoadAverage()}");
        Console.WriteLine($"Graph: {graph.NodeCount:N0} nodes, {graph.RelationshipCount:N0} relationships, seed {SyntheticGraph.DefaultSeed}");

        var database = EmbeddedGraphDatabase.CreateInMemory();
        await using (database.ConfigureAwait(false))
        {
            var (schema, nodes) = await GraphLoader.LoadNodesAsync(database, graph).ConfigureAwait(false);
            var beforeRelationships = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var relationships = await GraphLoader.LoadRelationshipsAsync(database, graph).ConfigureAwait(false);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var pause = GC.GetTotalPauseDuration() - pauseBefore;
            var collections = string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
            var afterRelationships = GC.GetTotalMemory(forceFullCollection: true);
            var retainedPerRelationship = (double)(afterRelationships - beforeRelationships) / graph.RelationshipCount;

            Console.WriteLine();
            Console.WriteLine("| measure | value |");
            Console.WriteLine("|---|---|");
            Console.WriteLine($"| schema (unique constraint) | {schema.TotalMilliseconds:F0} ms |");
            Console.WriteLine($"| load {graph.NodeCount:N0} nodes | {nodes.TotalSeconds:F2} s |");
            Console.WriteLine($"| load {graph.RelationshipCount:N0} relationships (wall clock) | {relationships.TotalSeconds:F2} s |");
            Console.WriteLine($"| load {graph.RelationshipCount:N0} relationships (CPU time of the process, all threads) | {cpu.TotalSeconds:F2} s |");
            Console.WriteLine($"| GC pauses during that load (wall clock) | {pause.TotalSeconds:F2} s |");
            Console.WriteLine($"| collections during that load, gen 0 / 1 / 2 (each counts in the lower ones too) | {collections} |");
            Console.WriteLine($"| retained managed heap per relationship (GC.GetTotalMemory(true) after − before) | {retainedPerRelationship:F0} bytes |");
            Console.WriteLine($"| allocated during the relationship load, per relationship (GC.GetTotalAllocatedBytes) | {(double)allocated / graph.RelationshipCount:F0} bytes |");
            Console.WriteLine($"| retained managed heap, whole graph | {afterRelationships / 1024.0 / 1024.0:F0} MiB |");

            Console.WriteLine();
            Console.WriteLine($"| query ({samples:N0} calls, random parameters) | p50 | p95 | p99 | mean | rows/result |");
            Console.WriteLine("|---|---|---|---|---|---|");
            var starts = graph.RandomNodeIds(samples, seed: 1);
            var ends = graph.RandomNodeIds(samples, seed: 2);
            await MeasureAsync(database, "2-hop count(DISTINCT c)", EngineQueries.TwoHopDistinctCount, samples, i => new() { ["id"] = starts[i] }, r => Convert.ToDouble(r.Rows[0][0], CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await MeasureAsync(database, "3-hop *1..3 LIMIT 100", EngineQueries.ThreeHopVariableLengthLimit, samples, i => new() { ["id"] = starts[i] }, r => r.Rows.Count).ConfigureAwait(false);
            var pathSamples = Math.Min(samples, ReportOptions.Integer(args, "--path-samples", 1_000));
            await MeasureAsync(database, "shortestPath", EngineQueries.ShortestPath, pathSamples, i => new() { ["from"] = starts[i], ["to"] = ends[i] }, r => r.Rows.Count == 0 || r.Rows[0][0] is null ? 0 : Convert.ToDouble(r.Rows[0][0], CultureInfo.InvariantCulture)).ConfigureAwait(false);
            Console.WriteLine();
            Console.WriteLine($"Load average at the end: {ReportOptions.LoadAverage()}");
        }
    }

    private static async Task MeasureAsync(
        EmbeddedGraphDatabase database, string label, string query, int samples, Func<int, Dictionary<string, object?>> parameters, Func<QueryResult, double> size)
    {
        // Warm-up: JIT, plan cache, tiered compilation.
        for (var i = 0; i < Math.Min(samples, 500); i++)
        {
            await database.RunAsync(query, parameters(samples - 1 - i), AccessMode.Read).ConfigureAwait(false);
        }

        var timings = new double[samples];
        var total = 0.0;
        for (var i = 0; i < samples; i++)
        {
            var arguments = parameters(i);
            var started = Stopwatch.GetTimestamp();
            var result = await database.RunAsync(query, arguments, AccessMode.Read).ConfigureAwait(false);
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            total += size(result);
        }

        Array.Sort(timings);
        Console.WriteLine(
            $"| {label} | {ReportOptions.Percentile(timings, 0.50):F3} ms | {ReportOptions.Percentile(timings, 0.95):F3} ms | {ReportOptions.Percentile(timings, 0.99):F3} ms | {timings.Average():F3} ms | {total / samples:F1} |");
    }
}
