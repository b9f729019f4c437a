using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class ParameterTypeErrorTests : EngineTestBase
{
    private static Dictionary<string, object?> Parameter(string name, object? value) => new() { [name] = value };

    [Fact]
    public async Task Skip_with_a_string_parameter_names_the_parameter()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("UNWIND [1, 2] AS x RETURN x SKIP $s", Parameter("s", "two")));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Contains("$s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_with_a_negative_parameter_names_the_parameter()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("UNWIND [1, 2] AS x RETURN x LIMIT $l", Parameter("l", -1L)));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
        Assert.Equal("NegativeIntegerArgument", error.Detail);
        Assert.Contains("$l", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_with_a_literal_does_not_mention_parameters()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("UNWIND [1, 2] AS x RETURN x LIMIT -1"));
        Assert.DoesNotContain("parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_property_value_from_a_parameter_names_the_parameter_in_create_and_set()
    {
        var map = new Dictionary<string, object?> { ["a"] = 1L };
        var create = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE (:N {p: $m})", Parameter("m", map)));
        Assert.Equal(StatusCodes.TypeError, create.Code);
        Assert.Equal("InvalidPropertyType", create.Detail);
        Assert.Contains("$m", create.Message, StringComparison.Ordinal);

        await RunAsync("CREATE (:N)");
        var set = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (n:N) SET n.p = $m", Parameter("m", map)));
        Assert.Contains("$m", set.Message, StringComparison.Ordinal);
        var relationship = await Assert.ThrowsAsync<CypherException>(() => RunAsync("CREATE (:A)-[:R {p: $m}]->(:B)", Parameter("m", map)));
        Assert.Contains("$m", relationship.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync("MATCH (n) WHERE n.p IS NOT NULL RETURN count(n)"));
    }

    [Fact]
    public async Task Function_argument_of_the_wrong_type_names_the_parameter()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("RETURN toUpper($name) AS upper", Parameter("name", 42L)));
        Assert.Equal(StatusCodes.TypeError, error.Code);
        Assert.Contains("$name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unwind_of_a_non_list_parameter_gives_one_row_as_in_neo4j()
    {
        Assert.Equal(new object?[] { 5L }, await ColumnAsync("UNWIND $x AS y RETURN y", Parameter("x", 5L)));
        var map = new Dictionary<string, object?> { ["a"] = 1L };
        var row = Assert.Single(await ColumnAsync("UNWIND $x AS y RETURN y", Parameter("x", map)));
        Assert.Equal(1L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row)["a"]);
        Assert.Empty(await ColumnAsync("UNWIND $x AS y RETURN y", Parameter("x", null)));
    }
}
