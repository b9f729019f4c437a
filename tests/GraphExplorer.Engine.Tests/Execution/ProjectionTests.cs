namespace GraphExplorer.Engine.Tests.Execution;

public sealed class ProjectionTests : EngineTestBase
{
    [Fact]
    public async Task Return_names_columns_by_alias_or_expression_text()
    {
        var result = await RunAsync("WITH 1 AS x RETURN x + 1 AS y, x * 3");
        Assert.Equal(["y", "x * 3"], result.Columns);
        Assert.Equal(new object?[] { 2L, 3L }, result.Rows[0]);
    }

    [Fact]
    public async Task Return_star_lists_variables_alphabetically()
    {
        var result = await RunAsync("WITH 1 AS b, 2 AS a RETURN *");
        Assert.Equal(["a", "b"], result.Columns);
    }

    [Fact]
    public async Task Distinct_uses_value_equivalence()
    {
        Assert.Equal(3, (await ColumnAsync("UNWIND [1, 1.0, 'a', null, null] AS x RETURN DISTINCT x")).Count);
    }

    [Fact]
    public async Task Order_by_skip_limit()
    {
        var values = await ColumnAsync("UNWIND [3, 1, null, 2, 5] AS x RETURN x ORDER BY x DESC SKIP 1 LIMIT 3");
        Assert.Equal(new object?[] { 5L, 3L, 2L }, values);
        Assert.Equal(new object?[] { 1L, 2L }, await ColumnAsync("UNWIND [2, 1] AS x WITH x ORDER BY x RETURN x"));
    }

    [Fact]
    public async Task Order_by_may_use_variables_that_are_not_returned()
    {
        await RunAsync("CREATE (:P {name: 'b', age: 1}), (:P {name: 'a', age: 2})");
        Assert.Equal(new object?[] { "b", "a" }, await ColumnAsync("MATCH (p:P) RETURN p.name ORDER BY p.age"));
    }

    [Fact]
    public async Task Aggregation_groups_by_the_other_items()
    {
        var result = await RunAsync("""
            UNWIND [{k: 'a', v: 1}, {k: 'a', v: 2}, {k: 'b', v: 5}, {k: 'b', v: null}] AS row
            RETURN row.k AS k, count(*) AS rows, count(row.v) AS values, sum(row.v) AS total, collect(row.v) AS all
            ORDER BY k
            """);
        Assert.Equal(new object?[] { "a", 2L, 2L, 3L }, result.Rows[0].Take(4));
        Assert.Equal(new object?[] { "b", 2L, 1L, 5L }, result.Rows[1].Take(4));
        Assert.Equal(new object?[] { 5L }, (IReadOnlyList<object?>)result.Rows[1][4]!);
    }

    [Fact]
    public async Task Aggregation_without_rows_gives_one_row_without_grouping_keys()
    {
        var result = await RunAsync("MATCH (n:Nothing) RETURN count(n) AS c, collect(n) AS l");
        Assert.Equal(0L, result.Rows[0][0]);
        Assert.Empty((IReadOnlyList<object?>)result.Rows[0][1]!);
        Assert.Empty((await RunAsync("MATCH (n:Nothing) RETURN n.k, count(n)")).Rows);
    }

    [Fact]
    public async Task Aggregates_combine_with_expressions_and_order_by()
    {
        var result = await RunAsync("UNWIND [1, 2, 3, 4] AS x RETURN x % 2 AS parity, count(*) * 10 AS c, max(x) AS m ORDER BY max(x) DESC");
        Assert.Equal(new object?[] { 0L, 20L, 4L }, result.Rows[0]);
        var distinct = await ScalarAsync("UNWIND [1, 1, 2] AS x RETURN count(DISTINCT x)");
        Assert.Equal(2L, distinct);
    }

    [Fact]
    public async Task With_where_filters_after_aggregation()
    {
        var values = await ColumnAsync("UNWIND [1, 1, 2] AS x WITH x, count(*) AS c WHERE c > 1 RETURN x");
        Assert.Equal(new object?[] { 1L }, values);
    }

    [Fact]
    public async Task With_limits_the_variables_in_scope()
    {
        var result = await RunAsync("WITH 1 AS a, 2 AS b WITH a RETURN *");
        Assert.Equal(["a"], result.Columns);
    }

    [Fact]
    public async Task Collect_and_coalesce_in_the_who_met_whom_shape()
    {
        await RunAsync("""
            CREATE (m:Meeting {id: 'm1', title: 'Talks'}),
                   (a:Official {id: 'o1', name: 'A'})-[:ATTENDED {delegationOf: 'xk'}]->(m),
                   (b:Official {id: 'o2', name: 'B'})-[:ATTENDED {delegationOf: 'rs'}]->(m),
                   (:Country {id: 'xk', name: 'Kosovo'}), (:Country {id: 'rs', name: 'Serbia'})
            """);
        var result = await RunAsync("""
            MATCH (p)-[pa:ATTENDED]->(m:Meeting)<-[ca:ATTENDED]-(c)
            WHERE pa.delegationOf <> ca.delegationOf
            OPTIONAL MATCH (m)-[:UNDER]->(d:Declaration)
            OPTIONAL MATCH (pc:Country) WHERE pc.id = pa.delegationOf
            WITH p, pc, c, m, d
            WHERE ($participant IS NULL OR toLower(coalesce(p.name, p.title, '')) CONTAINS $participant)
            RETURN p.id AS participant, pc.name AS country, collect(DISTINCT c.id) AS met, coalesce(d.title, 'none') AS declaration
            ORDER BY participant
            """,
            new Dictionary<string, object?> { ["participant"] = null });
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(new object?[] { "o1", "Kosovo" }, result.Rows[0].Take(2));
        Assert.Equal(new object?[] { "o2" }, (IReadOnlyList<object?>)result.Rows[0][2]!);
        Assert.Equal("none", result.Rows[0][3]);
    }
}
