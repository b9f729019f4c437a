using GraphExplorer.Engine.Tests.Durability;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Tests.Concurrency;

/// <summary>
/// Readers proceed while a write transaction is open: between its statements the writer takes its uncommitted
/// changes out of the store and puts them back for its next statement or commit (see WriteSession).
/// </summary>
public sealed class ReadersBesideWriterTests : IDisposable
{
    /// <summary>
    /// How long a read may wait. Before readers could pass an open write transaction they waited for its end,
    /// which in these tests never comes while they wait — so a reader that still needed to wait would time out.
    /// Generous, because CI runs test projects side by side on two cores.
    /// </summary>
    private static readonly TimeSpan ReadPatience = TimeSpan.FromSeconds(20);

    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_reader_is_not_held_up_by_an_open_write_transaction_and_sees_only_committed_data()
    {
        await using var database = _directory.Open();
        await database.RunAsync("CREATE (:Item {n: 0})");
        var transaction = (EmbeddedTransaction)await database.BeginTransactionAsync(AccessMode.Write);
        await using (transaction)
        {
            await transaction.RunAsync("CREATE (:Item {n: 1})");
            await transaction.RunAsync("MATCH (i:Item {n: 0}) SET i.n = 100");

            Assert.Equal([1L, 0L], await ReadAsync(database, "MATCH (i:Item) RETURN count(i), sum(i.n)"));
            Assert.True(transaction.Session!.StashCount >= 1);

            // The transaction still reads its own writes after stepping aside.
            var own = await transaction.RunAsync("MATCH (i:Item) RETURN count(i), sum(i.n)");
            Assert.Equal([2L, 101L], own.Rows[0]);
            Assert.Equal([1L, 0L], await ReadAsync(database, "MATCH (i:Item) RETURN count(i), sum(i.n)"));
            await transaction.CommitAsync();
        }

        Assert.Equal([2L, 101L], await ReadAsync(database, "MATCH (i:Item) RETURN count(i), sum(i.n)"));
        StoreDirectory.AssertConsistent(database);
    }

    [Fact]
    public async Task A_write_transaction_that_ran_nothing_yet_holds_up_no_reader()
    {
        await using var database = _directory.Open();
        await using var transaction = await database.BeginTransactionAsync(AccessMode.Write);
        Assert.Equal([0L], await ReadAsync(database, "MATCH (n) RETURN count(n)"));
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Stepping_aside_between_statements_gives_the_same_graph_and_ids_and_it_survives_a_restart()
    {
        var steps = new[]
        {
            "CREATE (:Person {id: 1, name: 'a'})-[:KNOWS {since: 2020}]->(:Person {id: 2, name: 'b'}), (:Person:Old {id: 3})",
            "MATCH (p:Person {id: 1}) DETACH DELETE p",
            "MATCH (p:Person {id: 3}) SET p:Flagged, p.score = 5 REMOVE p:Old",
            "MATCH (b:Person {id: 2}), (c:Person {id: 3}) CREATE (b)-[:KNOWS {since: 2024}]->(c)",
            "MATCH ()-[r:KNOWS {since: 2024}]->() SET r.since = 2025, r.note = 'moved'",
            "MATCH (p:Person {id: 2}) SET p.name = null",
            "CREATE (:Person {id: 4}) RETURN 1",
        };

        // The same transaction twice: once with a reader between every two statements, once without.
        using var quietDirectory = new StoreDirectory();
        string expected;
        await using (var quiet = quietDirectory.Open())
        {
            await RunInOneTransactionAsync(quiet, steps, readBetween: false);
            expected = await GraphDump.OfAsync(quiet);
        }

        await using (var busy = _directory.Open())
        {
            var stashes = await RunInOneTransactionAsync(busy, steps, readBetween: true);
            Assert.True(stashes >= steps.Length - 1, $"stepped aside {stashes} times");
            Assert.Equal(expected, await GraphDump.OfAsync(busy));
            StoreDirectory.AssertConsistent(busy);
        }

        await using var reopened = _directory.Open();
        Assert.Equal(expected, await GraphDump.OfAsync(reopened));
    }

    [Fact]
    public async Task Rolling_back_after_stepping_aside_leaves_the_store_and_the_log_as_they_were()
    {
        await using var database = _directory.Open();
        await database.RunAsync("CREATE (:Item {n: 0})");
        var before = await GraphDump.OfAsync(database);
        var walLength = new FileInfo(_directory.WalPath).Length;
        await using (var transaction = await database.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:Item {n: 1})");
            await ReadAsync(database, "MATCH (i:Item) RETURN count(i)");
            await transaction.RunAsync("MATCH (i:Item) SET i.n = i.n + 10");
            await ReadAsync(database, "MATCH (i:Item) RETURN count(i)");
            await transaction.RollbackAsync();
        }

        Assert.Equal(before, await GraphDump.OfAsync(database));
        Assert.Equal(walLength, new FileInfo(_directory.WalPath).Length);

        // Ids given out inside the rolled-back transaction are given out again.
        var created = await database.RunAsync("CREATE (i:Item {n: 2}) RETURN id(i)");
        Assert.Equal(1L, created.Rows[0][0]);
    }

    [Fact]
    public async Task A_failing_statement_after_stepping_aside_rolls_back_the_whole_transaction()
    {
        await using var database = _directory.Open();
        await database.RunAsync("CREATE CONSTRAINT item_n FOR (i:Item) REQUIRE i.n IS UNIQUE");
        await database.RunAsync("CREATE (:Item {n: 0})");
        await using (var transaction = await database.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:Item {n: 1})");
            await ReadAsync(database, "MATCH (i:Item) RETURN count(i)");
            await Assert.ThrowsAsync<Graph.Errors.CypherException>(() => transaction.RunAsync("CREATE (:Item {n: 0})"));
        }

        Assert.Equal([1L], await ReadAsync(database, "MATCH (i:Item) RETURN count(i)"));
        StoreDirectory.AssertConsistent(database);
    }

    [Fact]
    public async Task A_transaction_that_changed_the_schema_keeps_readers_waiting_until_it_ends()
    {
        await using var database = _directory.Open();
        await using var transaction = await database.BeginTransactionAsync(AccessMode.Write);
        await transaction.RunAsync("CREATE INDEX item_n FOR (i:Item) ON (i.n)");
        using var shortWait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var waiting = database.RunAsync("SHOW INDEXES YIELD name RETURN count(*)", mode: AccessMode.Read, cancellationToken: shortWait.Token);
        var error = await Assert.ThrowsAsync<Graph.Errors.CypherException>(() => waiting);
        Assert.Equal(Graph.Errors.StatusCodes.TransactionTimedOut, error.Code);
        await transaction.CommitAsync();
        Assert.Equal([1L], await ReadAsync(database, "SHOW INDEXES YIELD name WHERE name = 'item_n' RETURN count(*)"));
    }

    private static async Task<IReadOnlyList<object?>> ReadAsync(EmbeddedGraphDatabase database, string cypher)
    {
        using var patience = new CancellationTokenSource(ReadPatience);
        var result = await database.RunAsync(cypher, mode: AccessMode.Read, cancellationToken: patience.Token);
        return result.Rows[0];
    }

    private static async Task<int> RunInOneTransactionAsync(EmbeddedGraphDatabase database, IReadOnlyList<string> steps, bool readBetween)
    {
        var transaction = (EmbeddedTransaction)await database.BeginTransactionAsync(AccessMode.Write);
        await using (transaction)
        {
            foreach (var step in steps)
            {
                await transaction.RunAsync(step);
                if (readBetween)
                {
                    await ReadAsync(database, "MATCH (n) RETURN count(n)");
                }
            }

            await transaction.CommitAsync();
            return transaction.Session!.StashCount;
        }
    }
}
