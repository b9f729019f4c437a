using GraphExplorer.Engine.Tests.Durability;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Tests.Fulltext;

/// <summary>
/// The fulltext index stays exactly what a rebuild from the live nodes would give (the consistency checker compares
/// them term by term) under writes, deletes, rollback, a write transaction stepping aside for readers, and recovery.
/// </summary>
public sealed class FulltextMaintenanceTests : IDisposable
{
    private const string Search = "CALL db.index.fulltext.queryNodes('names', $q) YIELD node RETURN node.name ORDER BY node.name";

    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // A read-mode statement, so that it may pass an open write transaction (decision 0024).
    private static async Task<List<object?>> NamesAsync(IGraphDatabase database, string query) =>
        [.. (await database.RunAsync(Search, new Dictionary<string, object?> { ["q"] = query }, AccessMode.Read)).Rows.Select(r => r[0])];

    private static async Task<List<object?>> NamesAsync(IGraphTransaction transaction, string query) =>
        [.. (await transaction.RunAsync(Search, new Dictionary<string, object?> { ["q"] = query })).Rows.Select(r => r[0])];

    [Fact]
    public async Task Writes_deletes_and_list_changes_keep_the_index_exact()
    {
        await using var database = _directory.Open();
        await database.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official|Country) ON EACH [n.name, n.aliases]");
        await database.RunAsync("UNWIND range(1, 50) AS i CREATE (:Official {name: 'Person ' + toString(i) + ' Geci', aliases: ['P' + toString(i), 'Geçi']})");
        await database.RunAsync("MATCH (n:Official) WHERE n.name ENDS WITH '7 Geci' SET n.name = 'Renamed Kola'");
        await database.RunAsync("MATCH (n:Official) WHERE n.name STARTS WITH 'Person 1' DETACH DELETE n");
        await database.RunAsync("MATCH (n:Official) WHERE n.name STARTS WITH 'Person 2' SET n.aliases = ['Other'], n:Country REMOVE n:Official");
        await database.RunAsync("MATCH (n:Country) WHERE n.name STARTS WITH 'Person 3' REMOVE n.name");
        StoreDirectory.AssertConsistent(database);

        Assert.Equal(["Renamed Kola", "Renamed Kola", "Renamed Kola", "Renamed Kola", "Renamed Kola"], await NamesAsync(database, "kola"));
        Assert.Empty(await NamesAsync(database, "\"person 12\""));
        Assert.Equal(["Person 20 Geci"], await NamesAsync(database, "name:\"person 20\" AND aliases:other"));
    }

    [Fact]
    public async Task A_failed_statement_and_a_rollback_leave_the_index_as_it_was()
    {
        await using var database = _directory.Open();
        await database.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        await database.RunAsync("CREATE (:Official {name: 'Anna Geci'})");
        await Assert.ThrowsAsync<GraphExplorer.Graph.Errors.CypherException>(() =>
            database.RunAsync("MATCH (n:Official) SET n.name = 'Zana Kola' CREATE (:Official {name: 'Zana Geci'}) WITH 1 AS x RETURN 1 / 0"));

        await using (var transaction = await database.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("MATCH (n:Official) DETACH DELETE n");
            await transaction.RunAsync("CREATE (:Official {name: 'Ilir Geci'})");
            Assert.Equal(["Ilir Geci"], await NamesAsync(transaction, "geci"));
            await transaction.RollbackAsync();
        }

        Assert.Equal(["Anna Geci"], await NamesAsync(database, "geci OR zana OR kola"));
        StoreDirectory.AssertConsistent(database);
    }

    [Fact]
    public async Task A_write_transaction_stepping_aside_for_readers_hides_and_replays_its_index_changes()
    {
        await using var database = _directory.Open();
        await database.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        await database.RunAsync("CREATE (:Official {name: 'Anna Geci'})");
        var transaction = (EmbeddedTransaction)await database.BeginTransactionAsync(AccessMode.Write);
        await using (transaction)
        {
            await transaction.RunAsync("CREATE (:Official {name: 'Ilir Geci'})");
            await transaction.RunAsync("MATCH (n:Official {name: 'Anna Geci'}) SET n.name = 'Anna Kola'");

            Assert.Equal(["Anna Geci"], await NamesAsync(database, "geci OR kola"));
            Assert.True(transaction.Session!.StashCount >= 1);
            Assert.Equal(["Anna Kola", "Ilir Geci"], await NamesAsync(transaction, "geci OR kola"));
            Assert.Equal(["Anna Geci"], await NamesAsync(database, "geci OR kola"));
            await transaction.CommitAsync();
        }

        Assert.Equal(["Anna Kola", "Ilir Geci"], await NamesAsync(database, "geci OR kola"));
        StoreDirectory.AssertConsistent(database);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_a_crash_the_index_is_rebuilt_exactly_from_the_snapshot_and_the_log(bool checkpointFirst)
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name, n.aliases]");
        await database.RunAsync("UNWIND range(1, 20) AS i CREATE (:Official {name: 'Geci ' + toString(i), aliases: ['Геци']})");
        if (checkpointFirst)
        {
            await database.CheckpointAsync();
        }

        await database.RunAsync("MATCH (n:Official) WHERE n.name ENDS WITH '1' DETACH DELETE n");
        await database.RunAsync("MATCH (n:Official {name: 'Geci 2'}) SET n.name = 'Kola 2', n.aliases = ['Kola']");
        var before = await NamesAsync(database, "geci OR kola OR геци");
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        Assert.Equal(before, await NamesAsync(reopened, "geci OR kola OR геци"));
        Assert.Equal(["Kola 2"], await NamesAsync(reopened, "aliases:kola"));
        StoreDirectory.AssertConsistent(reopened);
    }
}
