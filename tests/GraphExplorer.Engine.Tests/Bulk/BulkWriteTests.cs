using GraphExplorer.Engine.Tests.Durability;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Bulk;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Bulk;

/// <summary>The native bulk path (<see cref="IGraphBulkWriter"/>): MERGE semantics, all-or-nothing batches, the same durability as Cypher.</summary>
public sealed class BulkWriteTests : IDisposable
{
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Nodes_are_created_once_then_matched_and_their_properties_merged()
    {
        await using var database = await WithConstraintAsync();
        var first = await database.MergeNodesAsync("id", [
            new BulkNode("Country", "country-xk", Props(("name", "Kosovo"), ("aliases", new List<object?> { "Republic of Kosovo" }))),
            new BulkNode("Country", "country-al", Props(("name", "Albania"))),
            new BulkNode("Country", "country-xk", Props(("isoCode", "XK"))),
        ]);
        Assert.Equal((2, 1), (first.Created, first.Matched));

        var second = await database.MergeNodesAsync("id", [
            new BulkNode("Country", "country-al", Props(("name", "Albania, Republic of"), ("isoCode", null))),
            new BulkNode("Ministry", "country-al", null),
        ]);
        Assert.Equal((1, 1), (second.Created, second.Matched));

        var rows = await database.RunAsync(
            "MATCH (c:Country) RETURN c.id AS id, c.name AS name, c.isoCode AS iso, c.aliases AS aliases ORDER BY id", mode: AccessMode.Read);
        Assert.Equal(2, rows.Rows.Count);
        Assert.Equal(["country-al", "Albania, Republic of", null, null], rows.Rows[0]);
        Assert.Equal("XK", rows.Rows[1][2]);
        Assert.Equal(["Republic of Kosovo"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows.Rows[1][3]));
        Assert.Equal(3L, (await database.RunAsync("MATCH (n) RETURN count(n)")).Rows[0][0]);
    }

    [Fact]
    public async Task Without_an_index_nodes_are_found_by_a_label_scan_with_cypher_equivalence()
    {
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync("CREATE (:Person {id: 1, name: 'old'})");
        var result = await database.MergeNodesAsync("id", [new BulkNode("Person", 1.0, Props(("name", "new"))), new BulkNode("Person", 2L, null)]);
        Assert.Equal((1, 1), (result.Created, result.Matched));
        var rows = await database.RunAsync("MATCH (p:Person) RETURN p.id, p.name ORDER BY p.id", mode: AccessMode.Read);
        Assert.Equal([[1L, "new"], [2L, null]], rows.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task Relationships_are_merged_between_existing_nodes_and_rows_with_a_missing_end_are_reported()
    {
        await using var database = await WithConstraintAsync();
        await database.MergeNodesAsync("id", [new BulkNode("Country", "xk", null), new BulkNode("Country", "al", null), new BulkNode("Source", "s", null)]);
        BulkRelationship[] rows =
        [
            new("NEIGHBOUR_OF", "Country", "xk", "Country", "al", Props(("since", 2008L))),
            new("NEIGHBOUR_OF", "Country", "xk", "Country", "nowhere", null),
            new("SOURCED_FROM", "Country", "xk", "Source", "s", null),
            new("NEIGHBOUR_OF", "Country", "xk", "Country", "al", Props(("border", 114.0))),
            new("NEIGHBOUR_OF", "Ministry", "xk", "Country", "al", null),
            new("NEIGHBOUR_OF", "Country", "al", "Country", "xk", null),
        ];
        var first = await database.MergeRelationshipsAsync("id", rows);
        Assert.Equal((3, 1), (first.Created, first.Matched));
        Assert.Equal([1, 4], first.MissingEndpoints);

        var again = await database.MergeRelationshipsAsync("id", rows);
        Assert.Equal((0, 4), (again.Created, again.Matched));
        var neighbour = await database.RunAsync("MATCH (:Country {id: 'xk'})-[r:NEIGHBOUR_OF]->(:Country {id: 'al'}) RETURN r.since, r.border", mode: AccessMode.Read);
        Assert.Equal([2008L, 114.0], Assert.Single(neighbour.Rows));
        Assert.Equal(3L, (await database.RunAsync("MATCH ()-[r]->() RETURN count(r)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_relationship_into_a_hub_is_found_from_the_end_with_the_smaller_degree()
    {
        await using var database = await WithConstraintAsync();
        var nodes = Enumerable.Range(0, 2_000).Select(i => new BulkNode("Country", $"c{i}", null)).Append(new BulkNode("Source", "hub", null)).ToList();
        await database.MergeNodesAsync("id", nodes);
        var toHub = Enumerable.Range(0, 2_000).Select(i => new BulkRelationship("SOURCED_FROM", "Country", $"c{i}", "Source", "hub", null)).ToList();
        Assert.Equal(2_000, (await database.MergeRelationshipsAsync("id", toHub)).Created);
        var again = await database.MergeRelationshipsAsync("id", toHub);
        Assert.Equal((0, 2_000), (again.Created, again.Matched));
        Assert.Equal(2_000L, (await database.RunAsync("MATCH ()-[r:SOURCED_FROM]->() RETURN count(r)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_constraint_violation_rolls_the_whole_batch_back_and_leaves_the_store_as_it_was()
    {
        await using var database = await WithConstraintAsync();
        await database.RunAsync("CREATE CONSTRAINT country_iso FOR (c:Country) REQUIRE c.isoCode IS UNIQUE");
        await database.MergeNodesAsync("id", [new BulkNode("Country", "xk", Props(("isoCode", "XK")))]);
        var before = await GraphDump.OfAsync(database);

        var error = await Assert.ThrowsAsync<CypherException>(() => database.MergeNodesAsync("id", [
            new BulkNode("Country", "al", Props(("isoCode", "AL"))),
            new BulkNode("Country", "xk", Props(("name", "Kosovo"))),
            new BulkNode("Country", "other", Props(("isoCode", "XK"))),
        ]));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal(before, await GraphDump.OfAsync(database));
        StoreDirectory.AssertConsistent(database);

        var invalid = await Assert.ThrowsAsync<CypherException>(() => database.MergeRelationshipsAsync("id", [
            new BulkRelationship("SELF", "Country", "xk", "Country", "xk", null),
            new BulkRelationship("SELF", "Country", "xk", "Country", "xk", Props(("nested", new Dictionary<string, object?> { ["a"] = 1L }))),
        ]));
        Assert.Equal(StatusCodes.TypeError, invalid.Code);
        Assert.Equal(before, await GraphDump.OfAsync(database));
    }

    [Fact]
    public async Task A_read_transaction_refuses_a_bulk_batch()
    {
        await using var database = await WithConstraintAsync();
        var transaction = (EmbeddedTransaction)await database.BeginTransactionAsync(AccessMode.Read);
        await using (transaction)
        {
            var error = await Assert.ThrowsAsync<CypherException>(() => database.MergeNodesAsync(transaction, "id", [new BulkNode("Country", "xk", null)], CancellationToken.None));
            Assert.Equal(StatusCodes.AccessMode, error.Code);
        }

        Assert.Equal(0L, (await database.RunAsync("MATCH (n) RETURN count(n)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_bulk_batch_is_durable_and_survives_a_crash_and_a_reopen()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE CONSTRAINT country_id FOR (c:Country) REQUIRE c.id IS UNIQUE");
        await database.MergeNodesAsync("id", [new BulkNode("Country", "xk", Props(("name", "Kosovo"))), new BulkNode("Country", "al", null)]);
        await database.MergeRelationshipsAsync("id", [new BulkRelationship("NEIGHBOUR_OF", "Country", "xk", "Country", "al", Props(("since", 2008L)))]);
        var before = await GraphDump.OfAsync(database);
        database.SimulateCrash(losePageCache: true);

        await using (var recovered = _directory.Open())
        {
            Assert.Equal(before, await GraphDump.OfAsync(recovered));
            StoreDirectory.AssertConsistent(recovered);
            var merged = await recovered.MergeNodesAsync("id", [new BulkNode("Country", "xk", null)]);
            Assert.Equal((0, 1), (merged.Created, merged.Matched));
        }

        await using var reopened = _directory.Open();
        Assert.Equal(before, await GraphDump.OfAsync(reopened));
    }

    private static async Task<EmbeddedGraphDatabase> WithConstraintAsync()
    {
        var database = EmbeddedGraphDatabase.CreateInMemory();
        await database.RunAsync("CREATE CONSTRAINT country_id FOR (c:Country) REQUIRE c.id IS UNIQUE");
        await database.RunAsync("CREATE CONSTRAINT source_id FOR (s:Source) REQUIRE s.id IS UNIQUE");
        return database;
    }

    private static Dictionary<string, object?> Props(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
