using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>Bulk load of the 1,000,000 relationships into a fresh database that already holds the 100,000 nodes (cold: one load per iteration).</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class EngineLoadBenchmarks
{
    private readonly SyntheticGraph _graph = SyntheticGraph.Generate();
    private EmbeddedGraphDatabase? _database;

    /// <summary>A fresh database with the nodes loaded.</summary>
    [IterationSetup]
    public void CreateDatabase()
    {
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _database = EmbeddedGraphDatabase.CreateInMemory();
        GraphLoader.LoadNodesAsync(_database, _graph).GetAwaiter().GetResult();
    }

    /// <summary>Releases the last database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>1,000,000 relationships in batches of <see cref="GraphLoader.BatchSize"/>.</summary>
    [Benchmark]
    public Task<TimeSpan> LoadRelationships() => GraphLoader.LoadRelationshipsAsync(_database!, _graph);
}
