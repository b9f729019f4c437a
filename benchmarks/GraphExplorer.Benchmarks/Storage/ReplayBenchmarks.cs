using BenchmarkDotNet.Attributes;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Storage;

/// <summary>
/// WAL replay rate: opening a directory whose log holds 20,000 small commits and no snapshot. The log is
/// copied from a database that is still open (no checkpoint), so every open replays all of it.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class ReplayBenchmarks
{
    /// <summary>Commits in the log.</summary>
    public const int Commits = 20_000;

    private string _pristine = string.Empty;
    private string _work = string.Empty;

    /// <summary>Writes the log (Relaxed, to build it quickly) and keeps a copy of it.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var source = StorageFixture.NewDirectory("replay-source");
        var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = source, Durability = DurabilityMode.Relaxed, CheckpointLogBytes = long.MaxValue, CheckpointInterval = null });
        await using (database.ConfigureAwait(false))
        {
            for (var i = 0; i < Commits; i++)
            {
                await database.RunAsync(
                    "CREATE (:Item {seq: $seq, name: 'item', tags: ['a', 'b']})",
                    new Dictionary<string, object?> { ["seq"] = (long)i }).ConfigureAwait(false);
            }

            _pristine = StorageFixture.CopyDataFiles(source, "replay-pristine");
        }

        StorageFixture.Delete(source);
    }

    /// <summary>A fresh copy of the log for each open (an open truncates nothing here, but a close would checkpoint).</summary>
    [IterationSetup]
    public void CopyLog() => _work = StorageFixture.CopyDataFiles(_pristine, "replay-work");

    /// <summary>Deletes the copy.</summary>
    [IterationCleanup]
    public void DeleteCopy() => StorageFixture.Delete(_work);

    /// <summary>Deletes the pristine log.</summary>
    [GlobalCleanup]
    public void Cleanup() => StorageFixture.Delete(_pristine);

    /// <summary>Opens the directory, replaying every commit of the log.</summary>
    [Benchmark(OperationsPerInvoke = Commits)]
    public void ReplayCommit()
    {
        var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _work });

        // Not disposed: a close would write a snapshot, which is not what is measured; the copy is deleted.
        GC.KeepAlive(database);
    }
}
