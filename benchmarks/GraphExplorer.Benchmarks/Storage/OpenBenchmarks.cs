using BenchmarkDotNet.Attributes;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Storage;

/// <summary>
/// Time to open a store of 100,000 nodes and 1,000,000 relationships from its snapshot (target ≤ 3 s). For a
/// given data folder (such as a copy of the benchmark store) with its phases, RSS and retained bytes, run
/// <c>--open &lt;folder&gt; [rounds]</c> (<see cref="OpenReport"/>).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class OpenBenchmarks
{
    private string _directory = string.Empty;

    /// <summary>Builds the store once and closes it (the close writes the snapshot).</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _directory = StorageFixture.NewDirectory("open");
        var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory, CheckpointLogBytes = long.MaxValue });
        await using (database.ConfigureAwait(false))
        {
            await StorageFixture.FillAsync(database, 100_000, 1_000_000).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => StorageFixture.Delete(_directory);

    /// <summary>Opens (loads the snapshot, replays an empty log) and closes (nothing to checkpoint).</summary>
    [Benchmark]
    public async Task OpenOneMillionRelationshipsAsync()
    {
        var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory });
        await database.DisposeAsync().ConfigureAwait(false);
    }
}
