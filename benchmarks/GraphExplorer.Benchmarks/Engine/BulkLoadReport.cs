using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// The <c>--bulk</c> mode: loads the synthetic graph into a fresh in-memory database twice — through Cypher
/// batches (<see cref="GraphLoader"/>) and through the native bulk path (<see cref="BulkGraphLoader"/>) — and
/// prints wall clock, process CPU time, GC pauses and collections for each relationship load.
/// </summary>
public static class BulkLoadReport
{
    /// <summary>Runs the report; arguments: <c>--nodes N</c>, <c>--relationships N</c>, <c>--skip-cypher</c>.</summary>
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var graph = SyntheticGraph.Generate(Option(args, "--nodes", 100_000), Option(args, "--relationships", 1_000_000));

        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
            $"server GC: {System.Runtime.GCSettings.IsServerGC}, latency mode {System.Runtime.GCSettings.LatencyMode}, DOTNET_gcConcurrent={Environment.GetEnvironmentVariable("DOTNET_gcConcurrent") ?? "(default: 1)"}, DOTNET_GCgen0size={Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "(default)"}; load average {LoadAverage()}");
        Console.WriteLine($"Graph: {graph.NodeCount:N0} nodes, {graph.RelationshipCount:N0} relationships, seed {SyntheticGraph.DefaultSeed}");
        Console.WriteLine();
        Console.WriteLine("| load path | nodes (wall) | relationships (wall) | relationships (CPU, all threads) | GC pauses | collections gen 0 / 1 / 2 | relationships created |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        if (!args.Contains("--skip-cypher"))
        {
            await MeasureAsync("Cypher `UNWIND … MATCH … CREATE`", graph, async database =>
            {
                var (_, nodes) = await GraphLoader.LoadNodesAsync(database, graph).ConfigureAwait(false);
                return (nodes, async () => ((await GraphLoader.LoadRelationshipsAsync(database, graph).ConfigureAwait(false)), (long)graph.RelationshipCount));
            }).ConfigureAwait(false);
        }

        await MeasureAsync("native `IGraphBulkWriter` (MERGE)", graph, async database =>
        {
            var nodes = await BulkGraphLoader.LoadNodesAsync(database, graph).ConfigureAwait(false);
            return (nodes, () => BulkGraphLoader.LoadRelationshipsAsync(database, graph));
        }).ConfigureAwait(false);
        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
    }

    private static async Task MeasureAsync(
        string label, SyntheticGraph graph, Func<EmbeddedGraphDatabase, Task<(TimeSpan Nodes, Func<Task<(TimeSpan, long)>> Relationships)>> load)
    {
        var database = EmbeddedGraphDatabase.CreateInMemory();
        await using (database.ConfigureAwait(false))
        {
            var (nodes, relationships) = await load(database).ConfigureAwait(false);
            GC.Collect();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            int[] before = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var (elapsed, created) = await relationships().ConfigureAwait(false);
            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var pause = GC.GetTotalPauseDuration() - pauseBefore;
            var collections = string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - before[g]));
            Console.WriteLine($"| {label} | {nodes.TotalSeconds:F2} s | {elapsed.TotalSeconds:F2} s | {cpu.TotalSeconds:F2} s | {pause.TotalSeconds:F2} s | {collections} | {created:N0} of {graph.RelationshipCount:N0} |");
        }

        // The next load starts from a clean heap.
        GC.Collect();
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
