namespace GraphExplorer.Engine.Tests.Execution;

public sealed class MatchTests : EngineTestBase
{
    private Task SeedAsync() => RunAsync("""
        CREATE (a:Person {name: 'Ada', age: 36}), (b:Person {name: 'Bob', age: 25}), (c:Person:Admin {name: 'Cy', age: 41}),
               (m:Meeting {title: 'Summit'}),
               (a)-[:KNOWS {since: 2020}]->(b), (b)-[:KNOWS]->(c), (c)-[:KNOWS]->(a),
               (a)-[:ATTENDED {role: 'chair'}]->(m), (b)-[:ATTENDED {role: 'guest'}]->(m)
        """);

    [Fact]
    public async Task Match_filters_by_label_and_property_map()
    {
        await SeedAsync();
        Assert.Equal(["Cy"], await ColumnAsync("MATCH (p:Person:Admin) RETURN p.name"));
        Assert.Equal(["Bob"], await ColumnAsync("MATCH (p:Person {age: 25}) RETURN p.name"));
        Assert.Equal(["Ada"], await ColumnAsync("MATCH (p:Person {name: $name}) RETURN p.name", new { name = "Ada" }));
    }

    [Fact]
    public async Task Match_follows_directions_and_types()
    {
        await SeedAsync();
        Assert.Equal(["Bob"], await ColumnAsync("MATCH (:Person {name: 'Ada'})-[:KNOWS]->(x) RETURN x.name"));
        Assert.Equal(["Cy"], await ColumnAsync("MATCH (:Person {name: 'Ada'})<-[:KNOWS]-(x) RETURN x.name"));
        Assert.Equal(["Bob", "Cy"], (await ColumnAsync("MATCH (:Person {name: 'Ada'})-[:KNOWS]-(x) RETURN x.name ORDER BY x.name")));
        Assert.Equal(["Summit"], await ColumnAsync("MATCH (:Person {name: 'Ada'})-[:ATTENDED|LEADS]->(x) RETURN x.title"));
    }

    [Fact]
    public async Task Match_with_several_patterns_joins_on_shared_variables()
    {
        await SeedAsync();
        var rows = await RunAsync("""
            MATCH (p)-[pa:ATTENDED]->(m:Meeting)<-[ca:ATTENDED]-(c)
            WHERE pa.role = 'chair'
            RETURN p.name, c.name, m.title
            """);
        Assert.Equal(new object?[] { "Ada", "Bob", "Summit" }, Assert.Single(rows.Rows));
    }

    [Fact]
    public async Task Relationships_are_unique_within_one_match()
    {
        await RunAsync("CREATE (:A)-[:R]->(:B)");
        Assert.Equal(0L, await ScalarAsync("MATCH (a)-[r1]-(b)-[r2]-(c) RETURN count(*)"));
        Assert.Equal(2L, await ScalarAsync("MATCH (a)-[r1]-(b) MATCH (b)-[r2]-(c) RETURN count(*)"));
    }

    [Fact]
    public async Task Cartesian_product_of_unconnected_patterns()
    {
        await RunAsync("CREATE (:A {v: 1}), (:A {v: 2}), (:B {v: 3})");
        Assert.Equal(2L, await ScalarAsync("MATCH (a:A), (b:B) RETURN count(*)"));
    }

    [Fact]
    public async Task Optional_match_produces_nulls_when_nothing_matches()
    {
        await SeedAsync();
        var result = await RunAsync("""
            MATCH (p:Person)
            OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
            RETURN p.name, m.title ORDER BY p.name
            """);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal("Cy", result.Rows[2][0]);
        Assert.Null(result.Rows[2][1]);
        Assert.Equal("Summit", result.Rows[0][1]);
    }

    [Fact]
    public async Task Optional_match_where_filters_inside_the_optional_part()
    {
        await SeedAsync();
        var result = await RunAsync("""
            MATCH (p:Person {name: 'Ada'})
            OPTIONAL MATCH (p)-[:KNOWS]->(x) WHERE x.age > 100
            RETURN p.name, x
            """);
        Assert.Equal(new object?[] { "Ada", null }, Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Variable_length_paths_respect_bounds_and_relationship_uniqueness()
    {
        await RunAsync("CREATE (a:N {v: 1})-[:R]->(b:N {v: 2})-[:R]->(c:N {v: 3})-[:R]->(a)");
        Assert.Equal([2L, 3L], (await ColumnAsync("MATCH (:N {v: 1})-[:R*1..2]->(x) RETURN x.v ORDER BY x.v")).Cast<long>());
        Assert.Equal(3L, await ScalarAsync("MATCH (:N {v: 1})-[:R*]->(x) RETURN count(x)"));
        Assert.Equal(1L, await ScalarAsync("MATCH (:N {v: 1})-[:R*0]->(x) RETURN count(x)"));
        Assert.Equal(3L, await ScalarAsync("MATCH p = (:N {v: 1})-[:R*3]->(x) RETURN length(p)"));
    }

    [Fact]
    public async Task Path_variables_bind_nodes_and_relationships_in_written_order()
    {
        await RunAsync("CREATE (:N {v: 1})-[:R]->(:N {v: 2})-[:R]->(:N {v: 3})");
        var values = await ScalarAsync("MATCH p = (:N {v: 1})-[*]->(:N {v: 3}) RETURN [n IN nodes(p) | n.v]");
        Assert.Equal(new object?[] { 1L, 2L, 3L }, (IReadOnlyList<object?>)values!);
        var reversed = await ScalarAsync("MATCH p = (a)-[:R*]->(:N {v: 3}) WHERE a.v = 1 RETURN [n IN nodes(p) | n.v]");
        Assert.Equal(new object?[] { 1L, 2L, 3L }, (IReadOnlyList<object?>)reversed!);
    }

    [Fact]
    public async Task Shortest_path_finds_the_fewest_hops()
    {
        await RunAsync("""
            CREATE (a:N {v: 'a'})-[:R]->(b:N {v: 'b'})-[:R]->(c:N {v: 'c'})-[:R]->(d:N {v: 'd'}), (a)-[:R]->(d)
            """);
        Assert.Equal(1L, await ScalarAsync("MATCH (a:N {v: 'a'}), (d:N {v: 'd'}) MATCH p = shortestPath((a)-[:R*]->(d)) RETURN length(p)"));
        Assert.Equal(1L, await ScalarAsync("MATCH (a:N {v: 'a'}), (d:N {v: 'd'}) MATCH p = allShortestPaths((a)-[:R*]-(d)) RETURN count(p)"));
        Assert.Equal(2L, await ScalarAsync("MATCH (b:N {v: 'b'}), (d:N {v: 'd'}) MATCH p = shortestPath((b)-[*]-(d)) RETURN length(p)"));
    }

    [Fact]
    public async Task Where_on_a_unique_property_uses_an_index_seek()
    {
        await RunAsync("CREATE CONSTRAINT p_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        await RunAsync("UNWIND range(1, 50) AS i CREATE (:Person {id: 'p' + i})");
        var plan = await RunAsync("EXPLAIN MATCH (p:Person) WHERE p.id = $id RETURN p");
        Assert.Contains("NodeIndexSeek", plan.Plan, StringComparison.Ordinal);
        var mapPlan = await RunAsync("EXPLAIN MATCH (p:Person {id: $id}) RETURN p");
        Assert.Contains("NodeIndexSeek", mapPlan.Plan, StringComparison.Ordinal);
        Assert.Equal(["p7"], await ColumnAsync("MATCH (p:Person {id: $id}) RETURN p.id", new { id = "p7" }));
        Assert.Empty(await ColumnAsync("MATCH (p:Person) WHERE p.id = $id RETURN p.id", new { id = "nope" }));
    }

    [Fact]
    public async Task Index_seek_treats_integer_and_float_keys_as_equal()
    {
        await RunAsync("CREATE INDEX n_v FOR (n:N) ON (n.v)");
        await RunAsync("CREATE (:N {v: 1}), (:N {v: 2.5})");
        Assert.Equal(1L, await ScalarAsync("MATCH (n:N {v: 1.0}) RETURN count(n)"));
    }

    [Fact]
    public async Task In_list_on_an_indexed_property_uses_an_index_seek()
    {
        await RunAsync("CREATE CONSTRAINT p_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        await RunAsync("UNWIND range(1, 20) AS i CREATE (:Person {id: 'p' + i})");
        var plan = await RunAsync("EXPLAIN MATCH (p:Person) WHERE p.id IN $ids RETURN p");
        Assert.Contains("NodeIndexSeek", plan.Plan, StringComparison.Ordinal);
        var ids = await ColumnAsync("MATCH (p:Person) WHERE p.id IN $ids RETURN p.id ORDER BY p.id", new { ids = new[] { "p3", "p1", "nope", "p3" } });
        Assert.Equal(new object?[] { "p1", "p3" }, ids);
    }

    [Fact]
    public async Task Id_and_element_id_predicates_seek_the_node()
    {
        var created = await RunAsync("CREATE (a:A {v: 1}), (b:B {v: 2}) RETURN elementId(b), id(b)");
        var elementId = (string)created.Rows[0][0]!;
        var plan = await RunAsync("EXPLAIN MATCH (n) WHERE elementId(n) = $id RETURN n");
        Assert.Contains("NodeByElementIdSeek", plan.Plan, StringComparison.Ordinal);
        Assert.Equal(new object?[] { 2L }, await ColumnAsync("MATCH (n) WHERE elementId(n) = $id RETURN n.v", new { id = elementId }));
        Assert.Equal(new object?[] { 2L }, await ColumnAsync("MATCH (n) WHERE id(n) IN [$id] RETURN n.v", new { id = created.Rows[0][1] }));
        Assert.Empty(await ColumnAsync("MATCH (n:A) WHERE elementId(n) = $id RETURN n.v", new { id = elementId }));
        Assert.Empty(await ColumnAsync("MATCH (n) WHERE elementId(n) = 'x' RETURN n.v"));
    }

    [Fact]
    public async Task Variable_length_expansion_along_a_long_chain_does_not_overflow_the_stack()
    {
        await RunAsync("CREATE INDEX n_i FOR (n:N) ON (n.i)");
        await RunAsync("UNWIND range(1, 5000) AS i CREATE (:N {i: i})");
        await RunAsync("MATCH (a:N), (b:N {i: a.i + 1}) CREATE (a)-[:NEXT]->(b)");
        Assert.Equal(4999L, await ScalarAsync("MATCH (:N {i: 1})-[:NEXT*]->(b) RETURN count(b)"));
        Assert.Equal(5000L, await ScalarAsync("MATCH (:N {i: 1})-[:NEXT*]->(b) RETURN max(b.i)"));
    }
}
