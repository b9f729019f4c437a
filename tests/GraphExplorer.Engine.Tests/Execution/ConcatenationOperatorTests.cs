using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

/// <summary><c>||</c> joins strings or lists only; <c>+</c> is the operator that also mixes types.</summary>
public sealed class ConcatenationOperatorTests : EngineTestBase
{
    [Fact]
    public async Task Concatenation_joins_strings_and_lists()
    {
        var result = await RunAsync("RETURN 'ab' || 'cd' AS s, [1] || [2, 3] AS l, 'x' || null AS n");

        Assert.Equal("abcd", result.Rows[0][0]);
        Assert.Equal([1L, 2L, 3L], (IEnumerable<object?>)result.Rows[0][1]!);
        Assert.Null(result.Rows[0][2]);
    }

    [Theory]
    [InlineData("text", 1L)]
    [InlineData(true, "text")]
    public async Task Concatenation_of_a_string_with_another_type_is_a_type_error(object left, object right)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync(
            "RETURN $a || $b",
            new Dictionary<string, object?> { ["a"] = left, ["b"] = right }));

        Assert.Equal(StatusCodes.TypeError, error.Code);
    }

    [Fact]
    public async Task Concatenation_does_not_append_a_single_item_to_a_list_as_plus_does()
    {
        var plus = await RunAsync("RETURN [1] + $x", new Dictionary<string, object?> { ["x"] = 2L });
        Assert.Equal([1L, 2L], (IEnumerable<object?>)plus.Rows[0][0]!);

        await Assert.ThrowsAsync<CypherException>(() => RunAsync("RETURN [1] || $x", new Dictionary<string, object?> { ["x"] = 2L }));
    }
}
