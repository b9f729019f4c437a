namespace GraphExplorer.Engine.Tests.Durability;

public sealed class FulltextDurabilityTests : IDisposable
{
    private const string Query = "CALL db.index.fulltext.queryNodes('names', 'geci') YIELD node RETURN node.name ORDER BY node.name";

    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_fulltext_index_is_rebuilt_from_the_log_and_from_the_snapshot(bool checkpointFirst)
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Official) ON EACH [n.name]");
        await database.RunAsync("CREATE (:Official {name: 'Anna Geci'}), (:Official {name: 'Ilir Geci'}), (:Official {name: 'Other'})");
        if (checkpointFirst)
        {
            await database.CheckpointAsync();
        }

        await database.RunAsync("MATCH (n:Official {name: 'Ilir Geci'}) DETACH DELETE n");
        var before = (await database.RunAsync(Query)).Rows;
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        var after = (await reopened.RunAsync(Query)).Rows;
        Assert.Equal(before, after);
        Assert.Equal("Anna Geci", Assert.Single(after)[0]);
    }
}
