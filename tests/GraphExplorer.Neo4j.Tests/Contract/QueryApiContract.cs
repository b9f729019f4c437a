using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// What the Neo4j client must do against a real Query API server: the same tests run against the
/// embedded engine's Query API and, when <c>NEO4J_TEST_URI</c> is set, against a real Neo4j. Each test
/// works on nodes labelled with its own run id and removes them.
/// </summary>
public abstract class QueryApiContract
{
    private readonly string _run = "c" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The client under test.</summary>
    protected abstract Neo4jGraphDatabase Database { get; }

    /// <summary>Skips the test when the server is not available (the live suite without an address).</summary>
    protected virtual void SkipUnlessAvailable()
    {
    }

    [SkippableFact]
    public async Task Scalars_and_collections_round_trip_as_parameters()
    {
        SkipUnlessAvailable();
        var parameters = new Dictionary<string, object?>
        {
            ["i"] = long.MinValue, ["f"] = 0.1, ["s"] = "Kosovo – Prishtinë", ["b"] = true, ["n"] = null,
            ["l"] = new List<object?> { 1L, "two", 3.5 }, ["m"] = new Dictionary<string, object?> { ["k"] = 7L },
        };

        var result = await Database.RunAsync("RETURN $i AS i, $f AS f, $s AS s, $b AS b, $n AS n, $l AS l, $m AS m", parameters, AccessMode.Read);

        Assert.Equal(long.MinValue, result.Value(0, "i"));
        Assert.Equal(0.1, result.Value(0, "f"));
        Assert.Equal("Kosovo – Prishtinë", result.Value(0, "s"));
        Assert.Equal(true, result.Value(0, "b"));
        Assert.Null(result.Value(0, "n"));
        Assert.Equal([1L, "two", 3.5], Assert.IsAssignableFrom<IEnumerable<object?>>(result.Value(0, "l")));
        Assert.Equal(7L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value(0, "m"))["k"]);
    }

    [SkippableFact]
    public async Task Special_floats_come_back_as_floats()
    {
        SkipUnlessAvailable();

        var result = await Database.RunAsync("RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, -1.0 / 0.0 AS neg", null, AccessMode.Read);

        Assert.True(double.IsNaN((double)result.Value(0, "nan")!));
        Assert.Equal(double.PositiveInfinity, result.Value(0, "inf"));
        Assert.Equal(double.NegativeInfinity, result.Value(0, "neg"));
    }

    [SkippableFact]
    public async Task Temporal_values_durations_and_points_come_back_typed()
    {
        SkipUnlessAvailable();

        var result = await Database.RunAsync(
            "RETURN date('2025-06-14') AS d, localtime('12:30:15') AS lt, localdatetime('2025-06-14T12:30:15') AS ldt, "
            + "datetime('2025-06-14T12:30:15+02:00') AS dt, duration('P1M2DT3S') AS du",
            null,
            AccessMode.Read);

        Assert.Equal(new DateOnly(2025, 6, 14), result.Value(0, "d"));
        Assert.Equal(new TimeOnly(12, 30, 15), result.Value(0, "lt"));
        Assert.Equal(new DateTime(2025, 6, 14, 12, 30, 15), result.Value(0, "ldt"));
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 12, 30, 15, TimeSpan.FromHours(2)), result.Value(0, "dt"));
        Assert.Equal(new CypherDuration(1, 2, 3, 0), result.Value(0, "du"));
    }

    [SkippableFact]
    public async Task Points_and_bytes_round_trip_as_parameters()
    {
        SkipUnlessAvailable();
        var parameters = new Dictionary<string, object?>
        {
            ["cartesian"] = new CypherPoint(7203, 1.5, 2.5), ["geo"] = new CypherPoint(4326, 21.17, 42.66),
            ["geo3d"] = new CypherPoint(4979, 21.17, 42.66, 650), ["bytes"] = new byte[] { 0, 1, 254, 255 },
        };

        var result = await Database.RunAsync("RETURN $cartesian AS c, $geo AS g, $geo3d AS g3, $bytes AS b", parameters, AccessMode.Read);

        Assert.Equal(new CypherPoint(7203, 1.5, 2.5), result.Value(0, "c"));
        Assert.Equal(new CypherPoint(4326, 21.17, 42.66), result.Value(0, "g"));
        Assert.Equal(new CypherPoint(4979, 21.17, 42.66, 650), result.Value(0, "g3"));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, result.Value(0, "b"));
    }

    [SkippableFact]
    public async Task Temporal_parameters_reach_the_server_typed()
    {
        SkipUnlessAvailable();
        var parameters = new Dictionary<string, object?> { ["d"] = new DateOnly(2025, 6, 14), ["du"] = new CypherDuration(0, 1, 60, 0) };

        var result = await Database.RunAsync("RETURN $d + $du AS later, $d.year AS year", parameters, AccessMode.Read);

        Assert.Equal(new DateOnly(2025, 6, 15), result.Value(0, "later"));
        Assert.Equal(2025L, result.Value(0, "year"));
    }

    [SkippableFact]
    public async Task Nodes_relationships_and_paths_come_back_with_their_element_ids()
    {
        SkipUnlessAvailable();
        var label = _run;
        try
        {
            var created = await Database.RunAsync(
                $"CREATE p = (a:{label} {{name: 'a'}})-[r:MET {{year: 2025}}]->(b:{label} {{name: 'b'}}) RETURN a, r, b, p");

            var a = Assert.IsType<GraphNode>(created.Value(0, "a"));
            var r = Assert.IsType<GraphRelationship>(created.Value(0, "r"));
            var b = Assert.IsType<GraphNode>(created.Value(0, "b"));
            var path = Assert.IsType<GraphPath>(created.Value(0, "p"));
            Assert.Contains(label, a.Labels);
            Assert.Equal("a", a.Properties["name"]);
            Assert.Equal(("MET", a.ElementId, b.ElementId, 2025L), (r.Type, r.StartElementId, r.EndElementId, r.Properties["year"]));
            Assert.Equal([a, b], path.Nodes);
            Assert.Equal(2, created.Counters.NodesCreated);
            Assert.Equal(1, created.Counters.RelationshipsCreated);
        }
        finally
        {
            await Database.RunAsync($"MATCH (n:{label}) DETACH DELETE n");
        }
    }

    [SkippableFact]
    public async Task A_read_after_a_write_sees_it()
    {
        SkipUnlessAvailable();
        try
        {
            await Database.RunAsync($"CREATE (:{_run} {{k: 1}})");

            var result = await Database.RunAsync($"MATCH (n:{_run}) RETURN count(n) AS c", null, AccessMode.Read);

            Assert.Equal(1L, result.Value(0, "c"));
            Assert.NotEmpty(Database.Bookmarks);
        }
        finally
        {
            await Database.RunAsync($"MATCH (n:{_run}) DETACH DELETE n");
        }
    }

    [SkippableFact]
    public async Task Committed_transaction_keeps_its_writes_and_rolled_back_one_does_not()
    {
        SkipUnlessAvailable();
        try
        {
            await using (var committed = await Database.BeginTransactionAsync(AccessMode.Write))
            {
                await committed.RunAsync($"CREATE (:{_run} {{k: 'kept'}})");
                await committed.RunAsync($"CREATE (:{_run} {{k: 'kept too'}})");
                await committed.CommitAsync();
            }

            await using (var rolledBack = await Database.BeginTransactionAsync(AccessMode.Write))
            {
                await rolledBack.RunAsync($"CREATE (:{_run} {{k: 'dropped'}})");
                await rolledBack.RollbackAsync();
            }

            var result = await Database.RunAsync($"MATCH (n:{_run}) RETURN n.k AS k ORDER BY k", null, AccessMode.Read);
            Assert.Equal(["kept", "kept too"], result.Rows.Select(row => row[0]));
        }
        finally
        {
            await Database.RunAsync($"MATCH (n:{_run}) DETACH DELETE n");
        }
    }

    [SkippableFact]
    public async Task Transaction_function_commits_its_work()
    {
        SkipUnlessAvailable();
        try
        {
            var count = await Database.ExecuteAsync(AccessMode.Write, async (transaction, token) =>
            {
                await transaction.RunAsync($"UNWIND range(1, 3) AS i CREATE (:{_run} {{i: i}})", null, token);
                var result = await transaction.RunAsync($"MATCH (n:{_run}) RETURN count(n) AS c", null, token);
                return (long)result.Rows[0][0]!;
            });

            Assert.Equal(3L, count);
            Assert.Equal(3L, (await Database.RunAsync($"MATCH (n:{_run}) RETURN count(n) AS c", null, AccessMode.Read)).Value(0, "c"));
        }
        finally
        {
            await Database.RunAsync($"MATCH (n:{_run}) DETACH DELETE n");
        }
    }

    [SkippableFact]
    public async Task Syntax_error_has_neo4js_code()
    {
        SkipUnlessAvailable();

        var error = await Assert.ThrowsAsync<CypherException>(() => Database.RunAsync("RETRN 1", null, AccessMode.Read));

        Assert.Equal(Graph.Errors.StatusCodes.SyntaxError, error.Code);
    }

    [SkippableFact]
    public async Task Failing_statement_in_a_transaction_ends_it()
    {
        SkipUnlessAvailable();
        await using var transaction = await Database.BeginTransactionAsync(AccessMode.Read);

        await Assert.ThrowsAsync<CypherException>(() => transaction.RunAsync("RETURN 1 / 0"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.RunAsync("RETURN 1"));
    }

    [SkippableFact]
    public async Task Ping_answers()
    {
        SkipUnlessAvailable();

        Assert.True(await Database.PingAsync());
    }
}
