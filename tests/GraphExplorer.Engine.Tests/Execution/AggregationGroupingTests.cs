namespace GraphExplorer.Engine.Tests.Execution;

/// <summary>
/// Grouping keys that rows carry along unchanged (the same list or map object on consecutive rows) take a shortcut
/// past hashing in the aggregation; the groups must be exactly those that value equivalence gives.
/// </summary>
public sealed class AggregationGroupingTests : EngineTestBase
{
    [Fact]
    public async Task A_list_carried_along_as_a_grouping_key_forms_one_group_with_every_row()
    {
        var result = await RunAsync("""
            WITH range(1, 500) AS big
            UNWIND range(1, 300) AS i
            WITH big, i
            RETURN size(big) AS n, count(i) AS rows, sum(i) AS total
            """);
        Assert.Equal([500L, 300L, 45150L], Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Equal_keys_that_are_different_objects_and_interleaved_keys_still_group_by_value()
    {
        var result = await RunAsync("""
            WITH [1, 2] AS a, [1, 2] AS b, [3] AS c
            UNWIND [a, a, c, b, a, c, [1, 2.0]] AS key
            RETURN key, count(*) AS n ORDER BY n DESC
            """);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(5L, result.Rows[0][1]);
        Assert.Equal(2L, result.Rows[1][1]);
    }

    [Fact]
    public async Task Nan_and_null_keys_group_as_equivalence_says_whether_or_not_they_repeat_an_object()
    {
        var result = await RunAsync("""
            WITH 0.0 / 0.0 AS nan
            UNWIND [nan, nan, 0.0 / 0.0, null, null, [nan], [nan]] AS key
            RETURN key, count(*) AS n
            """);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal([3L, 2L, 2L], result.Rows.Select(r => r[1]).OrderDescending().ToList());
    }
}
