using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Tests.Execution;

/// <summary>
/// The shapes of the batched write path (<c>UNWIND $rows … MATCH (a:L {key: r[0]}) … CREATE</c>), whose operators
/// reuse buffers and skip bindings nothing can name: the results must be those of the plain evaluation.
/// </summary>
public sealed class WritePathTests : EngineTestBase
{
    [Fact]
    public async Task Unique_index_seeks_per_unwound_row_find_one_node_none_or_skip_null_keys()
    {
        await RunAsync("CREATE CONSTRAINT p_id FOR (p:P) REQUIRE p.id IS UNIQUE");
        await RunAsync("UNWIND range(0, 4) AS i CREATE (:P {id: i})");
        var rows = new List<object?> { new object?[] { 0L, 1L }, new object?[] { 1L, 9L }, new object?[] { null, 2L }, new List<object?> { 3L, 4L } };
        var result = await RunAsync(
            "UNWIND $rows AS r MATCH (a:P {id: r[0]}), (b:P {id: r[1]}) CREATE (a)-[:K]->(b) RETURN a.id, b.id",
            new Dictionary<string, object?> { ["rows"] = rows });
        Assert.Equal([[0L, 1L], [3L, 4L]], result.Rows.Select(r => r.ToArray()));
        Assert.Equal(2L, await ScalarAsync("MATCH (:P)-[k:K]->(:P) RETURN count(k)"));
    }

    [Fact]
    public async Task A_range_index_seek_finding_several_nodes_yields_them_in_id_order_and_checks_the_other_properties()
    {
        await RunAsync("CREATE INDEX q_group FOR (q:Q) ON (q.group)");
        await RunAsync("UNWIND range(0, 5) AS i CREATE (:Q {group: i % 2, n: i})");
        var result = await ColumnAsync("UNWIND [1, 0, 7] AS g MATCH (q:Q {group: g}) RETURN q.n");
        Assert.Equal([1L, 3L, 5L, 0L, 2L, 4L], result);
        Assert.Equal([4L], await ColumnAsync("UNWIND [0, 1] AS g MATCH (q:Q {group: g, n: 4}) RETURN q.n"));
    }

    [Fact]
    public async Task A_node_deleted_earlier_in_the_statement_is_not_found_by_a_later_seek()
    {
        await RunAsync("CREATE CONSTRAINT p_id FOR (p:P) REQUIRE p.id IS UNIQUE");
        await RunAsync("CREATE (:P {id: 1}), (:P {id: 2})");
        var result = await RunAsync("MATCH (x:P {id: 1}) DETACH DELETE x WITH count(*) AS deleted UNWIND [1, 2] AS k MATCH (p:P {id: k}) RETURN p.id");
        Assert.Equal([2L], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Created_paths_keep_their_anonymous_nodes_and_relationships()
    {
        var path = Assert.IsType<GraphPath>(await ScalarAsync("CREATE p = (:A)-[:R]->()<-[:S]-(:C) RETURN p"));
        Assert.Equal(3, path.Nodes.Count);
        Assert.Equal(["R", "S"], path.Relationships.Select(r => r.Type));
        Assert.Equal(path.Nodes[1].ElementId, path.Relationships[1].EndElementId);
    }

    [Fact]
    public async Task Several_created_parts_per_row_bind_named_elements_and_count_properties()
    {
        var result = await RunAsync("""
            UNWIND [1, 2] AS i
            CREATE (a:A {i: i})-[r:R {w: i * 10}]->(:B), (a)-[:S]->(c:C)
            RETURN a.i, r.w, labels(c)
            """);
        Assert.Equal([[1L, 10L, new List<object?> { "C" }], [2L, 20L, new List<object?> { "C" }]], result.Rows.Select(r => r.ToArray()));
        Assert.Equal(6, result.Counters.NodesCreated);
        Assert.Equal(4, result.Counters.RelationshipsCreated);
        Assert.Equal(4, result.Counters.PropertiesSet);
    }

    [Fact]
    public async Task List_parameters_given_as_arrays_or_lists_behave_as_lists_and_come_back_as_lists()
    {
        var parameters = new Dictionary<string, object?> { ["xs"] = new object?[] { 1, new[] { 2L, 3L }, "a" } };
        var result = await RunAsync("RETURN $xs AS xs, size($xs) AS n, $xs[1][0] AS first, $xs = [1, [2, 3], 'a'] AS same", parameters);
        Assert.Equal(new List<object?> { 1L, new List<object?> { 2L, 3L }, "a" }, result.Rows[0][0]);
        Assert.Equal([3L, 2L, true], result.Rows[0].Skip(1));
        await RunAsync("CREATE (:L {v: $v})", new Dictionary<string, object?> { ["v"] = new object?[] { 1L, 2L } });
        Assert.Equal(new List<object?> { 1L, 2L }, await ScalarAsync("MATCH (n:L) RETURN n.v"));
    }

    [Fact]
    public async Task Count_star_counts_every_row_with_and_without_grouping_keys()
    {
        Assert.Equal(5L, await ScalarAsync("UNWIND range(1, 5) AS i RETURN count(*)"));
        Assert.Equal(0L, await ScalarAsync("UNWIND [] AS i RETURN count(*)"));
        var grouped = await RunAsync("UNWIND [1, 1, 2] AS i RETURN i, count(*) AS n ORDER BY i");
        Assert.Equal([[1L, 2L], [2L, 1L]], grouped.Rows.Select(r => r.ToArray()));
    }
}
