using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class EmbeddedGraphDatabaseTests : EngineTestBase
{
    [Fact]
    public async Task Syntax_error_reaches_the_caller_with_line_and_column()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (n)\nRETURN n ORDER"));
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.NotNull(error.Position);
        Assert.Equal(2, error.Position!.Value.Line);
    }

    [Fact]
    public async Task Unique_constraint_violation_has_the_constraint_code_and_names_label_property_and_value()
    {
        await RunAsync("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE");
        await RunAsync("CREATE (:Person {id: 'p1'})");
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE (:Person {id: 'p1'})"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        Assert.Contains("Person", error.Message, StringComparison.Ordinal);
        Assert.Contains("id", error.Message, StringComparison.Ordinal);
        Assert.Contains("'p1'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync("MATCH (p:Person) RETURN count(p)"));
    }

    [Fact]
    public async Task Merge_twice_creates_one_node_and_one_relationship()
    {
        const string merge = """
            MERGE (a:Person {id: 'a'})
            MERGE (b:Person {id: 'b'})
            MERGE (a)-[r:KNOWS]->(b)
            RETURN a, b, r
            """;
        var first = await RunAsync(merge);
        var second = await RunAsync(merge);
        Assert.Equal(2, first.Counters.NodesCreated);
        Assert.Equal(1, first.Counters.RelationshipsCreated);
        Assert.False(second.Counters.ContainsUpdates);
        Assert.Equal(2L, await ScalarAsync("MATCH (n) RETURN count(n)"));
        Assert.Equal(1L, await ScalarAsync("MATCH ()-[r]->() RETURN count(r)"));
    }

    [Fact]
    public async Task Parameters_are_converted_to_cypher_values()
    {
        var result = await RunAsync(
            "RETURN $int + 1 AS i, $float * 2 AS f, $list[1] AS second, $map.key AS key, $array AS array",
            new Dictionary<string, object?>
            {
                ["int"] = 41,
                ["float"] = 1.5f,
                ["list"] = new List<int> { 1, 2, 3 },
                ["map"] = new Dictionary<string, object?> { ["key"] = "value" },
                ["array"] = new[] { "x", "y" },
            });
        var row = result.Rows[0];
        Assert.Equal(42L, row[0]);
        Assert.Equal(3.0, row[1]);
        Assert.Equal(2L, row[2]);
        Assert.Equal("value", row[3]);
        Assert.Equal(new object?[] { "x", "y" }, (IReadOnlyList<object?>)row[4]!);
    }

    [Fact]
    public async Task Missing_parameter_is_a_ParameterMissing_error()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (n) WHERE n.id = $id RETURN n"));
        Assert.Equal(StatusCodes.ParameterMissing, error.Code);
        Assert.Contains("id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_leaves_no_trace()
    {
        await RunAsync("CREATE (:Keep {v: 1})");
        await using (var transaction = await Database.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:Gone)-[:R]->(:Gone)");
            await transaction.RunAsync("MATCH (k:Keep) SET k.v = 2, k:Extra REMOVE k:Keep");
            Assert.Equal(2L, (await transaction.RunAsync("MATCH (g:Gone) RETURN count(g)")).Rows[0][0]);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0L, await ScalarAsync("MATCH (g:Gone) RETURN count(g)"));
        Assert.Equal(1L, await ScalarAsync("MATCH (k:Keep) WHERE NOT k:Extra RETURN k.v"));
        Assert.Equal(0L, await ScalarAsync("MATCH ()-[r]->() RETURN count(r)"));
    }

    [Fact]
    public async Task Commit_makes_writes_visible_to_later_transactions()
    {
        await using (var transaction = await Database.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:A {v: 1})");
            await transaction.RunAsync("MATCH (a:A) SET a.v = a.v + 1");
            await transaction.CommitAsync();
        }

        Assert.Equal(2L, await ScalarAsync("MATCH (a:A) RETURN a.v"));
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        await using (var transaction = await Database.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:A)");
        }

        Assert.Equal(0L, await ScalarAsync("MATCH (a:A) RETURN count(a)"));
    }

    [Fact]
    public async Task Failing_statement_in_the_middle_of_a_write_leaves_the_store_unchanged()
    {
        await RunAsync("CREATE (:N {v: 1}), (:N {v: 2})");
        var error = await Assert.ThrowsAsync<CypherException>(
            () => RunAsync("MATCH (n:N) SET n.v = n.v * 10 CREATE (:M) WITH n RETURN n.v / (n.v - 20)"));
        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
        Assert.Equal([1L, 2L], (await ColumnAsync("MATCH (n:N) RETURN n.v ORDER BY n.v")).Cast<long>());
        Assert.Equal(0L, await ScalarAsync("MATCH (m:M) RETURN count(m)"));
    }

    [Fact]
    public async Task Failing_statement_rolls_back_its_whole_explicit_transaction()
    {
        var transaction = await Database.BeginTransactionAsync(AccessMode.Write);
        await transaction.RunAsync("CREATE (:Earlier)");
        await Assert.ThrowsAsync<CypherException>(() => transaction.RunAsync("RETURN 1 / 0"));
        var error = await Assert.ThrowsAsync<CypherException>(() => transaction.CommitAsync());
        Assert.Equal(StatusCodes.TransactionNotFound, error.Code);
        await transaction.DisposeAsync();
        Assert.Equal(0L, await ScalarAsync("MATCH (e:Earlier) RETURN count(e)"));
    }

    [Fact]
    public async Task Read_mode_rejects_writes()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => Database.RunAsync("CREATE (:A)", null, AccessMode.Read));
        Assert.Equal(StatusCodes.AccessMode, error.Code);
        Assert.Equal(0L, await ScalarAsync("MATCH (a) RETURN count(a)"));
        var read = await Database.RunAsync("RETURN 1 AS one", null, AccessMode.Read);
        Assert.Equal(1L, read.Rows[0][0]);
    }

    [Fact]
    public async Task Read_transactions_run_side_by_side()
    {
        await using var first = await Database.BeginTransactionAsync(AccessMode.Read);
        await using var second = await Database.BeginTransactionAsync(AccessMode.Read);
        Assert.Equal(1L, (await second.RunAsync("RETURN 1")).Rows[0][0]);
        Assert.Equal(1L, (await first.RunAsync("RETURN 1")).Rows[0][0]);
    }

    [Fact]
    public async Task Query_timeout_fails_a_long_statement_with_TransactionTimedOut()
    {
        await using var database = EmbeddedGraphDatabase.Open(new EmbeddedOptions { QueryTimeout = TimeSpan.FromMilliseconds(50) });
        var error = await Assert.ThrowsAsync<CypherException>(
            () => database.RunAsync("UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)"));
        Assert.Equal(StatusCodes.TransactionTimedOut, error.Code);
    }

    [Fact]
    public async Task Cancellation_stops_a_running_statement_as_a_timeout()
    {
        // The token is cancelled by a timer on the thread pool, which a loaded CI machine can delay by seconds:
        // the statement (900 million rows, minutes of work) must still be running when it fires, and a
        // cancellation that is not honoured fails the test after a minute instead of hanging it.
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var error = await Assert.ThrowsAsync<CypherException>(
            () => Task.Run(() => Database.RunAsync("UNWIND range(1, 30000) AS a UNWIND range(1, 30000) AS b RETURN count(*)", null, AccessMode.Read, cancellation.Token))
                .WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(StatusCodes.TransactionTimedOut, error.Code);
    }

    [Fact]
    public async Task Results_carry_nodes_relationships_and_paths_as_port_values()
    {
        var result = await RunAsync("CREATE p = (a:A {name: 'x'})-[r:R {w: 1.5}]->(b:B) RETURN a, r, p");
        var node = Assert.IsType<GraphExplorer.Graph.Values.GraphNode>(result.Rows[0][0]);
        var relationship = Assert.IsType<GraphExplorer.Graph.Values.GraphRelationship>(result.Rows[0][1]);
        var path = Assert.IsType<GraphExplorer.Graph.Values.GraphPath>(result.Rows[0][2]);
        Assert.Equal(["A"], node.Labels);
        Assert.Equal("x", node.Properties["name"]);
        Assert.Equal("R", relationship.Type);
        Assert.Equal(node.ElementId, relationship.StartElementId);
        Assert.Equal(1.5, relationship.Properties["w"]);
        Assert.Equal(2, path.Nodes.Count);
        Assert.Single(path.Relationships);
        Assert.Equal("Embedded", Database.BackendName);
        Assert.True(await Database.PingAsync());
    }
}
