using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graphexplorer-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Committed_graph_survives_reopening_the_data_directory()
    {
        await using (var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory }))
        {
            await database.RunAsync("CREATE CONSTRAINT c_id IF NOT EXISTS FOR (c:Country) REQUIRE c.id IS UNIQUE");
            await database.RunAsync("CREATE INDEX c_name IF NOT EXISTS FOR (c:Country) ON (c.name)");
            await database.RunAsync(
                "CREATE (:Country {id: 'xk', name: 'Kosovo', aliases: ['Kosova'], area: 10.9, since: date('2008-02-17')})-[:NEIGHBOUR_OF {km: 1}]->(:Country {id: 'al'})");
        }

        await using (var reopened = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory }))
        {
            var result = await reopened.RunAsync(
                "MATCH (c:Country {id: 'xk'})-[r:NEIGHBOUR_OF]->(o) RETURN c.name, c.aliases, c.area, c.since, r.km, o.id");
            var row = Assert.Single(result.Rows);
            Assert.Equal("Kosovo", row[0]);
            Assert.Equal(new object?[] { "Kosova" }, (IReadOnlyList<object?>)row[1]!);
            Assert.Equal(10.9, row[2]);
            Assert.Equal(new DateOnly(2008, 2, 17), row[3]);
            Assert.Equal(1L, row[4]);
            Assert.Equal("al", row[5]);

            var constraints = await reopened.RunAsync("SHOW CONSTRAINTS YIELD name RETURN name");
            Assert.Equal("c_id", Assert.Single(constraints.Rows)[0]);
            var violation = await Assert.ThrowsAsync<CypherException>(() => reopened.RunAsync("CREATE (:Country {id: 'xk'})"));
            Assert.Equal(StatusCodes.ConstraintValidationFailed, violation.Code);

            var created = await reopened.RunAsync("CREATE (n:Other) RETURN id(n)");
            Assert.Equal(2L, created.Rows[0][0]);
        }
    }

    [Fact]
    public async Task Rolled_back_writes_are_not_persisted()
    {
        await using (var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory }))
        {
            await database.RunAsync("CREATE (:Kept)");
            await using var transaction = await database.BeginTransactionAsync(Graph.AccessMode.Write);
            await transaction.RunAsync("CREATE (:Discarded)");
            await transaction.RollbackAsync();
        }

        await using var reopened = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory });
        var labels = await reopened.RunAsync("MATCH (n) RETURN labels(n)[0]");
        Assert.Equal("Kept", Assert.Single(labels.Rows)[0]);
    }

    [Fact]
    public async Task Second_open_of_the_same_directory_fails_with_a_clear_error()
    {
        await using var first = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory });
        var error = Assert.Throws<CypherException>(() => EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory }));
        Assert.Contains("in use", error.Message, StringComparison.Ordinal);
        Assert.Contains(_directory, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_can_be_reopened_after_dispose()
    {
        var first = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory });
        await first.DisposeAsync();
        await using var second = EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = _directory });
        Assert.True(await second.PingAsync());
    }
}
