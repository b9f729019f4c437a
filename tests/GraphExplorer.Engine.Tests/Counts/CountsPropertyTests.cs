using GraphExplorer.Engine.Tests.Durability;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Bulk;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Counts;

/// <summary>
/// Random writes of every kind — creates, deletes, label changes, self-loops, bulk merges, failed statements,
/// rolled-back transactions, transactions that step aside for a reader, crashes and restarts — and after each
/// step the counts store's answers equal the plain expansion's, and the consistency checker (which recounts
/// every counter and every node's degree tallies) finds nothing.
/// </summary>
public sealed class CountsPropertyTests : IDisposable
{
    private static readonly string[] Labels = ["A", "B", "C"];
    private static readonly string[] Types = ["T", "U"];
    private readonly StoreDirectory _directory = new();
    private readonly Random _random = new(12);
    private long _nextKey;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Counts_stay_exact_under_random_writes_rollbacks_readers_and_recovery()
    {
        var database = _directory.Open();
        try
        {
            for (var step = 0; step < 160; step++)
            {
                var action = _random.Next(12);
                switch (action)
                {
                    case 9:
                        await RolledBackTransactionAsync(database);
                        break;
                    case 10:
                        await TransactionBesideReaderAsync(database);
                        break;
                    case 11 when step % 3 == 0:
                        // A crash (replay of the log) or a clean close (a snapshot) every so often.
                        if (step % 2 == 0)
                        {
                            database.SimulateCrash();
                        }
                        else
                        {
                            await database.DisposeAsync();
                        }

                        database = _directory.Open();
                        break;
                    default:
                        await RandomWriteAsync(database, (cypher, parameters) => database.RunAsync(cypher, parameters), action);
                        break;
                }

                await AssertCountsExactAsync(database, $"step {step} (action {action})");
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task AssertCountsExactAsync(EmbeddedGraphDatabase database, string when)
    {
        await CountQueryPairs.AssertStoreAnswersEqualPlainAsync(s => database.RunAsync(s, mode: AccessMode.Read), when);
        StoreDirectory.AssertConsistent(database);
    }

    private async Task RolledBackTransactionAsync(EmbeddedGraphDatabase database)
    {
        await using var transaction = await database.BeginTransactionAsync(AccessMode.Write);
        for (var i = 0; i < 4; i++)
        {
            if (!await RandomWriteAsync(database, (cypher, parameters) => transaction.RunAsync(cypher, parameters), _random.Next(10), inTransaction: true))
            {
                return;
            }
        }

        await transaction.RollbackAsync();
    }

    private async Task TransactionBesideReaderAsync(EmbeddedGraphDatabase database)
    {
        await using var transaction = await database.BeginTransactionAsync(AccessMode.Write);
        for (var i = 0; i < 3; i++)
        {
            if (!await RandomWriteAsync(database, (cypher, parameters) => transaction.RunAsync(cypher, parameters), _random.Next(10), inTransaction: true))
            {
                return;
            }

            // The writer steps aside (undoes its changes) for this reader, then replays them for its next statement.
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await database.RunAsync("MATCH (n) RETURN count(n)", mode: AccessMode.Read, cancellationToken: patience.Token);
            await AssertCountsExactAsync(database, "while a write transaction stands aside");
        }

        if (_random.Next(2) == 0)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    /// <summary>One random write; false when it failed inside an explicit transaction, which the failure ended.</summary>
    private async Task<bool> RandomWriteAsync(
        EmbeddedGraphDatabase database, Func<string, Dictionary<string, object?>, Task<QueryResult>> run, int action, bool inTransaction = false)
    {
        var key = _nextKey == 0 ? 0 : _random.NextInt64(_nextKey);
        var other = _nextKey == 0 ? 0 : _random.NextInt64(_nextKey);
        var label = Labels[_random.Next(Labels.Length)];
        var type = Types[_random.Next(Types.Length)];
        switch (action)
        {
            case 0 or 1:
                var labels = string.Concat(Labels.Where(_ => _random.Next(2) == 0).Select(l => ":" + l));
                await run($"CREATE (n{labels} {{k: $k}})", new() { ["k"] = _nextKey++ });
                break;
            case 2 or 3:
                // Sometimes a self-loop.
                await run($"MATCH (a {{k: $a}}), (b {{k: $b}}) CREATE (a)-[:{type}]->(b)", new() { ["a"] = key, ["b"] = _random.Next(4) == 0 ? key : other });
                break;
            case 4:
                await run("MATCH (a {k: $a})-[r]-() WITH r LIMIT 1 DELETE r", new() { ["a"] = key });
                break;
            case 5:
                await run("MATCH (a {k: $a}) DETACH DELETE a", new() { ["a"] = key });
                break;
            case 6:
                await run($"MATCH (a {{k: $a}}) SET a:{label}", new() { ["a"] = key });
                break;
            case 7:
                await run($"MATCH (a {{k: $a}}) REMOVE a:{label}", new() { ["a"] = key });
                break;
            case 8 when !inTransaction:
                await BulkMergeAsync(database, label, type, key, other);
                break;
            default:
                // A statement that fails after it wrote: deleting a connected node undoes the whole statement.
                var error = await Record.ExceptionAsync(() => run($"MATCH (a {{k: $a}}) SET a:{label} CREATE (a)-[:{type}]->(a) DELETE a", new() { ["a"] = key }));
                Assert.True(error is null or CypherException, error?.ToString());
                return error is null || !inTransaction;
        }

        return true;
    }

    private async Task BulkMergeAsync(EmbeddedGraphDatabase database, string label, string type, long key, long other)
    {
        await database.MergeNodesAsync("k", [new BulkNode(label, _nextKey++, null), new BulkNode(label, key, null)]);
        await database.MergeRelationshipsAsync("k", [
            new BulkRelationship(type, label, key, label, other, null),
            new BulkRelationship(type, label, key, label, key, null),
            new BulkRelationship(type, label, _nextKey - 1, label, key, null),
        ]);
    }
}
