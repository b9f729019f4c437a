using GraphExplorer.Engine.Tests.Durability;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Concurrency;

public sealed class IsolationTests : IDisposable
{
    private const long Accounts = 10;
    private const long Total = 1000;
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Readers_never_see_part_of_a_commit_while_a_writer_moves_money()
    {
        await using var database = _directory.Open();
        await database.RunAsync("UNWIND range(0, $n - 1) AS i CREATE (:Account {id: i, balance: $total / $n})", new Dictionary<string, object?> { ["n"] = Accounts, ["total"] = Total });

        // Counted, not timed: a busy machine (CI runs test projects side by side) slows the writer
        // down but cannot make the test pass without checking anything.
        const int Transactions = 60;
        const int ReadsPerReader = 25;
        var committed = 0;
        var writerDone = false;

        var writer = Task.Run(async () =>
        {
            var random = new Random(1);
            for (var i = 0; i < Transactions; i++)
            {
                var parameters = new Dictionary<string, object?> { ["from"] = (long)random.Next(10), ["to"] = (long)random.Next(10), ["amount"] = (long)random.Next(1, 50) };
                await using var transaction = await database.BeginTransactionAsync(AccessMode.Write);

                // Two statements: between them the total is off by the amount, which no reader may ever see.
                await transaction.RunAsync("MATCH (a:Account {id: $from}) SET a.balance = a.balance - $amount", parameters);
                await transaction.RunAsync("MATCH (a:Account {id: $to}) SET a.balance = a.balance + $amount", parameters);
                if (random.Next(5) == 0)
                {
                    await transaction.RollbackAsync();
                }
                else
                {
                    await transaction.CommitAsync();
                    committed++;
                }
            }

            Volatile.Write(ref writerDone, true);
        });

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!Volatile.Read(ref writerDone) || reads < ReadsPerReader)
            {
                var result = await database.RunAsync("MATCH (a:Account) RETURN sum(a.balance), count(a)", mode: AccessMode.Read);
                Assert.Equal([Total, Accounts], result.Rows[0]);
                reads++;
            }
        })).ToList();

        await Task.WhenAll([writer, .. readers]).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.InRange(committed, 1, Transactions);

        var final = await database.RunAsync("MATCH (a:Account) RETURN sum(a.balance)");
        Assert.Equal(Total, final.Rows[0][0]);
        StoreDirectory.AssertConsistent(database);
    }

    [Fact]
    public async Task Merge_from_many_concurrent_callers_on_a_unique_key_creates_exactly_one_node()
    {
        await using var database = _directory.Open();
        await database.RunAsync("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        using var start = new ManualResetEventSlim();
        var callers = Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await database.RunAsync("MERGE (p:Person {id: 'ada'}) ON CREATE SET p.createdBy = $i ON MATCH SET p.seenBy = coalesce(p.seenBy, []) + $i", new Dictionary<string, object?> { ["i"] = (long)i });
        })).ToList();
        start.Set();
        await Task.WhenAll(callers);

        var rows = await database.RunAsync("MATCH (p:Person {id: 'ada'}) RETURN count(p), size(p.seenBy)");
        Assert.Equal([1L, 31L], rows.Rows[0]);
    }

    [Fact]
    public async Task Uncommitted_writes_are_invisible_after_a_rollback_and_visible_after_a_commit()
    {
        await using var database = _directory.Open();
        await using (var transaction = await database.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:Draft)");
            Assert.Equal(1L, (await transaction.RunAsync("MATCH (d:Draft) RETURN count(d)")).Rows[0][0]);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0L, (await database.RunAsync("MATCH (d:Draft) RETURN count(d)", mode: AccessMode.Read)).Rows[0][0]);
        var writer = Task.Run(async () =>
        {
            await using var transaction = await database.BeginTransactionAsync(AccessMode.Write);
            await transaction.RunAsync("CREATE (:Final)");
            await transaction.CommitAsync();
        });
        await writer;
        Assert.Equal(1L, (await database.RunAsync("MATCH (d:Final) RETURN count(d)", mode: AccessMode.Read)).Rows[0][0]);
    }

    [Fact]
    public async Task A_read_transaction_rejects_writes_and_keeps_the_store_unchanged()
    {
        await using var database = _directory.Open();
        await using var transaction = await database.BeginTransactionAsync(AccessMode.Read);
        var error = await Assert.ThrowsAsync<CypherException>(() => transaction.RunAsync("CREATE (:X)"));
        Assert.Equal(StatusCodes.AccessMode, error.Code);
        Assert.False(File.Exists(_directory.SnapshotPath));
        Assert.Equal(Engine.Storage.Durability.WalFormat.HeaderSize, new FileInfo(_directory.WalPath).Length);
    }
}
