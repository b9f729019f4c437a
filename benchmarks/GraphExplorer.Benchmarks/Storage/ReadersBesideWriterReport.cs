using System.Diagnostics;
using GraphExplorer.Engine;
using GraphExplorer.Graph;

namespace GraphExplorer.Benchmarks.Storage;

/// <summary>
/// What readers and the writer pay now that readers pass an open write transaction (decision 0024): the latency
/// of point reads while a write transaction with uncommitted changes is open, and the extra cost of the writer's
/// next statement, which first re-applies the changes it took out of the store for the readers.
/// </summary>
public static class ReadersBesideWriterReport
{
    private const int Items = 10_000;

    /// <summary>Runs the report for a writer holding <paramref name="changes"/> uncommitted property changes.</summary>
    public static async Task RunAsync(int changes)
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync("CREATE INDEX item_n FOR (i:Item) ON (i.n)").ConfigureAwait(false);
        await database.RunAsync("UNWIND range(0, $count - 1) AS n CREATE (:Item {n: n, v: 0})", new Dictionary<string, object?> { ["count"] = (long)Items }).ConfigureAwait(false);
        var update = "MATCH (i:Item) WHERE i.n < $k SET i.v = i.v + 1";
        var parameters = new Dictionary<string, object?> { ["k"] = (long)changes };

        var transaction = await database.BeginTransactionAsync(AccessMode.Write).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await transaction.RunAsync(update, parameters).ConfigureAwait(false);
            var quiet = new List<double>();
            var resumed = new List<double>();
            var reads = new List<double>();
            var random = new Random(1);
            for (var round = 0; round < 7; round++)
            {
                // The writer's statement with nobody waiting: the baseline for the re-apply cost.
                quiet.Add(await TimeAsync(() => transaction.RunAsync(update, parameters)).ConfigureAwait(false));

                // Readers while the transaction is open: the first one makes the writer step aside.
                for (var i = 0; i < 300; i++)
                {
                    var n = new Dictionary<string, object?> { ["n"] = (long)random.Next(Items) };
                    reads.Add(await TimeAsync(() => database.RunAsync("MATCH (i:Item {n: $n}) RETURN i.v", n, AccessMode.Read)).ConfigureAwait(false));
                }

                // The writer's next statement re-applies its stashed changes first.
                resumed.Add(await TimeAsync(() => transaction.RunAsync(update, parameters)).ConfigureAwait(false));
            }

            await transaction.RollbackAsync().ConfigureAwait(false);
            reads.Sort();
            quiet.Sort();
            resumed.Sort();
            Console.WriteLine($"| point read while a write transaction with uncommitted changes to {changes:N0} nodes is open: p50 / p95 / max | {reads[reads.Count / 2]:F3} / {reads[reads.Count * 95 / 100]:F3} / {reads[^1]:F3} ms |");
            Console.WriteLine($"| writer's statement changing {changes:N0} nodes, median: nobody waiting / right after stepping aside (re-applies its earlier changes first) | {quiet[quiet.Count / 2]:F1} ms / {resumed[resumed.Count / 2]:F1} ms |");
        }
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action().ConfigureAwait(false);
        return clock.Elapsed.TotalMilliseconds;
    }
}
