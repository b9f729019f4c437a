using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class SubqueryAndUnionTests : EngineTestBase
{
    [Fact]
    public async Task Unwind_expands_lists_and_skips_null()
    {
        Assert.Equal(new object?[] { 1L, 2L }, await ColumnAsync("UNWIND [1, 2] AS x RETURN x"));
        Assert.Empty(await ColumnAsync("UNWIND null AS x RETURN x"));
        Assert.Empty(await ColumnAsync("UNWIND [] AS x RETURN x"));
    }

    [Fact]
    public async Task Union_removes_duplicates_and_union_all_keeps_them()
    {
        Assert.Equal(2, (await ColumnAsync("RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN 2 AS x")).Count);
        Assert.Equal(3, (await ColumnAsync("RETURN 1 AS x UNION ALL RETURN 1 AS x UNION ALL RETURN 2 AS x")).Count);
    }

    [Fact]
    public async Task Call_subquery_runs_per_row_and_returns_columns()
    {
        await RunAsync("CREATE (:P {n: 1}), (:P {n: 2})");
        var result = await RunAsync("""
            UNWIND [1, 2, 3] AS x
            CALL (x) {
                MATCH (p:P) WHERE p.n <= x
                RETURN count(p) AS c
            }
            RETURN x, c ORDER BY x
            """);
        Assert.Equal([1L, 2L, 2L], result.Rows.Select(r => (long)r[1]!));
        var old = await RunAsync("UNWIND [1, 2] AS x CALL { WITH x RETURN x * 10 AS y } RETURN y ORDER BY y");
        Assert.Equal([10L, 20L], old.Rows.Select(r => (long)r[0]!));
    }

    [Fact]
    public async Task Unit_call_subquery_keeps_the_outer_rows()
    {
        var result = await RunAsync("UNWIND [1, 2] AS x CALL (x) { CREATE (:N {x: x}) } RETURN count(*)");
        Assert.Equal(2L, result.Rows[0][0]);
        Assert.Equal(2, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task Call_subquery_with_union_inside()
    {
        var values = await ColumnAsync("CALL { RETURN 1 AS v UNION RETURN 2 AS v } RETURN v ORDER BY v");
        Assert.Equal(new object?[] { 1L, 2L }, values);
    }

    [Fact]
    public async Task Built_in_procedures_list_labels_and_types()
    {
        await RunAsync("CREATE (:B)-[:T]->(:A)");
        Assert.Equal(new object?[] { "A", "B" }, await ColumnAsync("CALL db.labels()"));
        Assert.Equal(new object?[] { "T" }, await ColumnAsync("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"));
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CALL no.such.proc()"));
        Assert.Equal(StatusCodes.ProcedureNotFound, error.Code);
    }
}
