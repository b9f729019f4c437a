using BenchmarkDotNet.Attributes;
using GraphExplorer.Engine;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// The read queries on the 100,000-node / 1,000,000-relationship synthetic graph, each call from the next of
/// 10,000 random start nodes. Percentile columns are over iteration means; single-call percentiles come from <c>--latency</c>.
/// </summary>
[Config(typeof(EngineBenchmarkConfig))]
[MemoryDiagnoser]
public class EngineQueryBenchmarks
{
    private EmbeddedGraphDatabase? _database;
    private long[] _starts = [];
    private long[] _ends = [];
    private int _next;

    /// <summary>Loads the graph once per benchmark process.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var graph = SyntheticGraph.Generate();
        _database = EmbeddedGraphDatabase.CreateInMemory();
        GraphLoader.LoadAsync(_database, graph).GetAwaiter().GetResult();
        _starts = graph.RandomNodeIds(10_000, seed: 1);
        _ends = graph.RandomNodeIds(10_000, seed: 2);
    }

    /// <summary>Releases the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>2-hop <c>count(DISTINCT c)</c> from a random person.</summary>
    [Benchmark]
    public Task<QueryResult> TwoHopDistinctCount() =>
        _database!.RunAsync(EngineQueries.TwoHopDistinctCount, new Dictionary<string, object?> { ["id"] = NextStart() }, AccessMode.Read);

    /// <summary>Variable-length 1..3 hops with <c>LIMIT 100</c> from a random person.</summary>
    [Benchmark]
    public Task<QueryResult> ThreeHopVariableLengthLimit() =>
        _database!.RunAsync(EngineQueries.ThreeHopVariableLengthLimit, new Dictionary<string, object?> { ["id"] = NextStart() }, AccessMode.Read);

    /// <summary><c>shortestPath</c> between two random people.</summary>
    [Benchmark]
    public Task<QueryResult> ShortestPath()
    {
        var i = NextIndex();
        return _database!.RunAsync(EngineQueries.ShortestPath, new Dictionary<string, object?> { ["from"] = _starts[i], ["to"] = _ends[i] }, AccessMode.Read);
    }

    private long NextStart() => _starts[NextIndex()];

    private int NextIndex()
    {
        var i = _next;
        _next = (_next + 1) % _starts.Length;
        return i;
    }
}
