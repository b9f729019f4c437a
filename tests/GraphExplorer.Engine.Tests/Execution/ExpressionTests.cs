namespace GraphExplorer.Engine.Tests.Execution;

public sealed class ExpressionTests : EngineTestBase
{
    private Task SeedAsync() => RunAsync("""
        CREATE (a:P {name: 'a', tags: ['x', 'y']}), (b:P {name: 'b'}), (c:P {name: 'c'}),
               (a)-[:K {w: 1}]->(b), (a)-[:K {w: 2}]->(c), (b)-[:K {w: 3}]->(c)
        """);

    [Fact]
    public async Task Case_in_both_forms()
    {
        Assert.Equal("two", await ScalarAsync("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END"));
        Assert.Equal("big", await ScalarAsync("WITH 10 AS x RETURN CASE WHEN x > 5 THEN 'big' ELSE 'small' END"));
        Assert.Null(await ScalarAsync("RETURN CASE WHEN false THEN 1 END"));
    }

    [Fact]
    public async Task List_comprehension_reduce_and_quantifiers()
    {
        Assert.Equal(new object?[] { 4L, 9L }, (IReadOnlyList<object?>)(await ScalarAsync("RETURN [x IN [1, 2, 3] WHERE x > 1 | x * x]"))!);
        Assert.Equal(6L, await ScalarAsync("RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)"));
        var quantifiers = await RunAsync("RETURN all(x IN [1, 2] WHERE x > 0), any(x IN [1, 2] WHERE x > 1), none(x IN [1, 2] WHERE x > 5), single(x IN [1, 2] WHERE x > 1)");
        Assert.Equal(new object?[] { true, true, true, true }, quantifiers.Rows[0]);
        Assert.Null(await ScalarAsync("RETURN any(x IN [null, 1] WHERE x > 5)"));
    }

    [Fact]
    public async Task Pattern_comprehension_and_pattern_predicates()
    {
        await SeedAsync();
        var names = await ScalarAsync("MATCH (a:P {name: 'a'}) RETURN [(a)-[r:K]->(x) WHERE r.w > 1 | x.name]");
        Assert.Equal(new object?[] { "c" }, (IReadOnlyList<object?>)names!);
        Assert.Equal(new object?[] { "c" }, await ColumnAsync("MATCH (n:P) WHERE NOT (n)-[:K]->() RETURN n.name"));
    }

    [Fact]
    public async Task Exists_count_and_collect_subqueries()
    {
        await SeedAsync();
        Assert.Equal(new object?[] { "a", "b" }, await ColumnAsync("MATCH (n:P) WHERE EXISTS { (n)-[:K]->(:P) } RETURN n.name ORDER BY n.name"));
        Assert.Equal(2L, await ScalarAsync("MATCH (n:P {name: 'a'}) RETURN COUNT { (n)-->() }"));
        var collected = await ScalarAsync("MATCH (n:P {name: 'a'}) RETURN COLLECT { MATCH (n)-[r]->(m) RETURN m.name ORDER BY m.name }");
        Assert.Equal(new object?[] { "b", "c" }, (IReadOnlyList<object?>)collected!);
        Assert.Equal(1L, await ScalarAsync("MATCH (n:P) WHERE EXISTS { MATCH (n)-[r:K]->() WHERE r.w = 3 } RETURN count(n)"));
    }

    [Fact]
    public async Task Map_projection_selects_properties_literals_and_variables()
    {
        await SeedAsync();
        var map = (IReadOnlyDictionary<string, object?>)(await ScalarAsync("MATCH (n:P {name: 'a'}) WITH n, 1 AS one RETURN n { .name, .missing, extra: 2, one }"))!;
        Assert.Equal("a", map["name"]);
        Assert.Null(map["missing"]);
        Assert.Equal(2L, map["extra"]);
        Assert.Equal(1L, map["one"]);
        var all = (IReadOnlyDictionary<string, object?>)(await ScalarAsync("MATCH (n:P {name: 'a'}) RETURN n { .* }"))!;
        Assert.Equal(["name", "tags"], all.Keys.Order());
    }

    [Fact]
    public async Task Graph_functions()
    {
        await SeedAsync();
        var result = await RunAsync("""
            MATCH p = (a:P {name: 'a'})-[r:K {w: 1}]->(b)
            RETURN labels(a), type(r), keys(a), properties(r), startNode(r) = a, endNode(r) = b, length(p), size(nodes(p)), size(relationships(p)), id(a) = id(a), elementId(a) IS NOT NULL
            """);
        var row = result.Rows[0];
        Assert.Equal(new object?[] { "P" }, (IReadOnlyList<object?>)row[0]!);
        Assert.Equal("K", row[1]);
        Assert.Equal(new object?[] { "name", "tags" }, (IReadOnlyList<object?>)row[2]!);
        Assert.Equal(1L, ((IReadOnlyDictionary<string, object?>)row[3]!)["w"]);
        Assert.Equal(new object?[] { true, true, 1L, 2L, 1L, true, true }, row.Skip(4));
    }

    [Fact]
    public async Task Null_semantics_in_comparisons_and_property_access()
    {
        var result = await RunAsync("RETURN null = null, null <> 1, 1 < null, null.x IS NULL, [1, null] = [1, null]");
        Assert.Equal(new object?[] { null, null, null, true, null }, result.Rows[0]);
    }

    [Fact]
    public async Task Temporal_components_are_properties()
    {
        var result = await RunAsync("WITH date('2025-06-30') AS d RETURN d.year, d.month, d.day");
        Assert.Equal(new object?[] { 2025L, 6L, 30L }, result.Rows[0]);
    }
}
