using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class UpdateClauseTests : EngineTestBase
{
    [Fact]
    public async Task Create_counts_nodes_relationships_labels_and_properties()
    {
        var result = await RunAsync("CREATE (a:A:B {x: 1, y: null})-[:R {w: 2}]->(b)");
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(1, result.Counters.RelationshipsCreated);
        Assert.Equal(2, result.Counters.LabelsAdded);
        Assert.Equal(2, result.Counters.PropertiesSet);
    }

    [Fact]
    public async Task Create_reuses_bound_nodes()
    {
        await RunAsync("CREATE (:A), (:B)");
        var result = await RunAsync("MATCH (a:A), (b:B) CREATE (a)-[:R]->(b), (a)<-[:S]-(b)");
        Assert.Equal(0, result.Counters.NodesCreated);
        Assert.Equal(["R"], await ColumnAsync("MATCH (:A)-[r]->(:B) RETURN type(r)"));
        Assert.Equal(["S"], await ColumnAsync("MATCH (:B)-[r]->(:A) RETURN type(r)"));
    }

    [Fact]
    public async Task Map_property_values_are_a_type_error()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE (:A {m: {k: 1}})"));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Merge_on_create_and_on_match_set_properties()
    {
        const string merge = "MERGE (c:Country {id: 'xk'}) ON CREATE SET c.created = true ON MATCH SET c.matched = true SET c.name = 'Kosovo' RETURN c.created, c.matched, c.name";
        var first = await RunAsync(merge);
        Assert.Equal(new object?[] { true, null, "Kosovo" }, first.Rows[0]);
        var second = await RunAsync(merge);
        Assert.Equal(new object?[] { true, true, "Kosovo" }, second.Rows[0]);
    }

    [Fact]
    public async Task Merge_sees_what_earlier_rows_created()
    {
        var result = await RunAsync("UNWIND [1, 1, 2, 1.0] AS v MERGE (n:N {v: v}) RETURN count(*)");
        Assert.Equal(4L, result.Rows[0][0]);
        Assert.Equal(2, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task Merge_relationship_between_bound_nodes_matches_either_direction_when_undirected()
    {
        await RunAsync("CREATE (:A)-[:R]->(:B)");
        var result = await RunAsync("MATCH (a:A), (b:B) MERGE (b)-[:R]-(a)");
        Assert.Equal(0, result.Counters.RelationshipsCreated);
        var created = await RunAsync("MATCH (a:A), (b:B) MERGE (b)-[:R]->(a)");
        Assert.Equal(1, created.Counters.RelationshipsCreated);
    }

    [Fact]
    public async Task Merge_with_a_null_property_fails()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MERGE (n:N {v: null})"));
        Assert.Equal(StatusCodes.SemanticError, error.Code);
    }

    [Fact]
    public async Task Merge_respects_unique_constraints()
    {
        await RunAsync("CREATE CONSTRAINT n_id FOR (n:N) REQUIRE n.id IS UNIQUE");
        await RunAsync("CREATE (:N {id: 1, name: 'a'})");
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MERGE (n:N {id: 1, name: 'b'})"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
    }

    [Fact]
    public async Task Set_null_removes_a_property_and_set_map_replaces_or_merges()
    {
        await RunAsync("CREATE (:N {a: 1, b: 2})");
        var removed = await RunAsync("MATCH (n:N) SET n.a = null RETURN keys(n)");
        Assert.Equal(new object?[] { "b" }, (IReadOnlyList<object?>)removed.Rows[0][0]!);
        Assert.Equal(1, removed.Counters.PropertiesSet);
        await RunAsync("MATCH (n:N) SET n += {c: 3}");
        Assert.Equal(new object?[] { "b", "c" }, (IReadOnlyList<object?>)(await ScalarAsync("MATCH (n:N) RETURN keys(n)"))!);
        await RunAsync("MATCH (n:N) SET n = {d: 4}");
        Assert.Equal(new object?[] { "d" }, (IReadOnlyList<object?>)(await ScalarAsync("MATCH (n:N) RETURN keys(n)"))!);
    }

    [Fact]
    public async Task Set_and_remove_labels_are_counted()
    {
        await RunAsync("CREATE (:N)");
        var set = await RunAsync("MATCH (n:N) SET n:A:B");
        Assert.Equal(2, set.Counters.LabelsAdded);
        var removed = await RunAsync("MATCH (n:N) REMOVE n:A, n.missing");
        Assert.Equal(1, removed.Counters.LabelsRemoved);
        Assert.Equal(0, removed.Counters.PropertiesSet);
        Assert.Equal(new object?[] { "N", "B" }, (IReadOnlyList<object?>)(await ScalarAsync("MATCH (n) RETURN labels(n)"))!);
    }

    [Fact]
    public async Task Delete_of_a_connected_node_fails_unless_detached()
    {
        await RunAsync("CREATE (:A)-[:R]->(:B)");
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (a:A) DELETE a"));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal("DeleteConnectedNode", error.Detail);
        Assert.Equal(2L, await ScalarAsync("MATCH (n) RETURN count(n)"));

        var detached = await RunAsync("MATCH (a:A) DETACH DELETE a");
        Assert.Equal(1, detached.Counters.NodesDeleted);
        Assert.Equal(1, detached.Counters.RelationshipsDeleted);
    }

    [Fact]
    public async Task Delete_of_relationships_and_nodes_in_one_statement_succeeds()
    {
        await RunAsync("CREATE (:A)-[:R]->(:B)-[:R]->(:C)");
        var result = await RunAsync("MATCH (a)-[r]->(b) DELETE r, a, b");
        Assert.Equal(3, result.Counters.NodesDeleted);
        Assert.Equal(2, result.Counters.RelationshipsDeleted);
    }

    [Fact]
    public async Task Reading_a_deleted_node_fails_with_EntityNotFound()
    {
        await RunAsync("CREATE (:A {v: 1})");
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (a:A) DELETE a RETURN a.v"));
        Assert.Equal(StatusCodes.EntityNotFound, error.Code);
        Assert.Equal("DeletedEntityAccess", error.Detail);
        Assert.Equal(1L, await ScalarAsync("MATCH (a:A) RETURN count(a)"));
    }

    [Fact]
    public async Task Delete_path_removes_its_nodes_and_relationships()
    {
        await RunAsync("CREATE (:A)-[:R]->(:B)");
        await RunAsync("MATCH p = (:A)-->() DELETE p");
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Foreach_runs_updates_per_element()
    {
        var result = await RunAsync("FOREACH (i IN range(1, 3) | CREATE (:N {i: i}))");
        Assert.Equal(3, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task Match_after_create_sees_all_created_rows()
    {
        var count = await ScalarAsync("UNWIND [1, 2, 3] AS i CREATE (:N) WITH i MATCH (n:N) RETURN count(*)");
        Assert.Equal(9L, count);
    }
}
