using BenchmarkDotNet.Attributes;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Storage;

/// <summary>Commits per second of small single-statement write transactions, under Full and Relaxed durability.</summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class CommitBenchmarks
{
    private string _directory = string.Empty;
    private EmbeddedGraphDatabase? _database;
    private long _next;

    /// <summary>The durability under test.</summary>
    [Params(DurabilityMode.Full, DurabilityMode.Relaxed)]
    public DurabilityMode Durability { get; set; }

    /// <summary>Opens an empty store.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = StorageFixture.NewDirectory("commits");
        _database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory, Durability = Durability });
    }

    /// <summary>Closes and deletes the store.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _database!.DisposeAsync().ConfigureAwait(false);
        StorageFixture.Delete(_directory);
    }

    /// <summary>One auto-commit transaction creating one node with two properties.</summary>
    [Benchmark]
    public Task CreateNodeCommitAsync() =>
        _database!.RunAsync("CREATE (:Item {seq: $seq, name: 'item'})", new Dictionary<string, object?> { ["seq"] = _next++ });
}
