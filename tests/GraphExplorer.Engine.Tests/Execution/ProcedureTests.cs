using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class ProcedureTests : EngineTestBase
{
    public ProcedureTests()
    {
        Database.RegisterProcedure(new ProcedureDefinition(
            "test.my.proc",
            [new("name", "STRING?"), new("id", "INTEGER?")],
            [new("city", "STRING?"), new("code", "INTEGER?")],
            arguments => arguments[0] is "Stockholm" ? [["Stockholm", 46L], ["Stockholm", (long?)arguments[1]]] : []));
        Database.RegisterProcedure(new ProcedureDefinition("test.doNothing", [], [], _ => []));
        Database.RegisterProcedure(new ProcedureDefinition("test.half", [new("x", "FLOAT?")], [new("out", "FLOAT?")], a => [[(double)a[0]! / 2]]));
    }

    [Fact]
    public async Task Standalone_call_returns_every_output_column()
    {
        var result = await RunAsync("CALL test.my.proc('Stockholm', 1)");
        Assert.Equal(["city", "code"], result.Columns);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(1L, result.Rows[1][1]);
    }

    [Fact]
    public async Task Implicit_arguments_come_from_parameters()
    {
        var result = await RunAsync("CALL test.my.proc", new { name = "Stockholm", id = 7L });
        Assert.Equal(7L, result.Rows[1][1]);
        var missing = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CALL test.my.proc", new { name = "Stockholm" }));
        Assert.Equal(StatusCodes.ParameterMissing, missing.Code);
    }

    [Fact]
    public async Task In_query_call_yields_renamed_fields_per_row()
    {
        var result = await RunAsync("UNWIND ['Stockholm', 'Oslo'] AS n CALL test.my.proc(n, 2) YIELD code AS c WHERE c < 10 RETURN n, c");
        Assert.Equal(new object?[] { "Stockholm", 2L }, Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Void_procedure_passes_rows_through()
    {
        Assert.Equal(2L, await ScalarAsync("UNWIND [1, 2] AS x CALL test.doNothing() RETURN count(*)"));
        Assert.Empty((await RunAsync("CALL test.doNothing()")).Columns);
    }

    [Fact]
    public async Task Integer_arguments_are_widened_for_float_parameters()
    {
        Assert.Equal(1.5, await ScalarAsync("CALL test.half(3) YIELD out RETURN out"));
    }

    [Fact]
    public async Task Wrong_arguments_are_compile_time_syntax_errors()
    {
        var count = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CALL test.my.proc('a')"));
        Assert.Equal("InvalidNumberOfArguments", count.Detail);
        var type = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CALL test.my.proc(true, 1)"));
        Assert.Equal("InvalidArgumentType", type.Detail);
        var implicitInQuery = await Assert.ThrowsAsync<CypherException>(() => RunAsync("WITH 1 AS x CALL test.my.proc YIELD city RETURN city"));
        Assert.Equal("InvalidArgumentPassingMode", implicitInQuery.Detail);
        var unknownOutput = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CALL test.my.proc('a', 1) YIELD nope RETURN nope"));
        Assert.Equal(StatusCodes.SyntaxError, unknownOutput.Code);
    }
}
