using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Execution;

/// <summary>ORDER BY … LIMIT without a usable index keeps the first rows in a bounded heap (<c>Top</c>).</summary>
public sealed class TopKTests : EngineTestBase
{
    private Task SeedAsync() => RunAsync("UNWIND range(1, 40) AS i CREATE (:T {i: i, g: i % 4, name: 'n' + toString(i % 9)})");

    [Fact]
    public async Task Order_by_with_limit_plans_top_and_keeps_ties_in_input_order()
    {
        await SeedAsync();
        const string Query = "MATCH (t:T) RETURN t.i ORDER BY t.g DESC SKIP $s LIMIT $k";
        var plan = (await RunAsync("EXPLAIN " + Query, new { s = 1, k = 3 })).Plan!;
        Assert.Contains("+Top | order=t.g DESC", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);

        // g = 3 for 3, 7, 11, …: ties come in creation order, as a stable sort gives them.
        Assert.Equal([7L, 11L, 15L], await ColumnAsync(Query, new { s = 1, k = 3 }));
        Assert.Equal([39L, 2L, 6L], await ColumnAsync(Query, new { s = 9, k = 3 }));
    }

    [Fact]
    public async Task Top_answers_equal_a_full_sort_for_every_page()
    {
        await SeedAsync();
        var all = await ColumnAsync("MATCH (t:T) RETURN t.i ORDER BY t.name, t.g DESC");
        for (var skip = 0; skip < 42; skip += 5)
        {
            foreach (var limit in new[] { 0, 1, 7, 50 })
            {
                var page = await ColumnAsync("MATCH (t:T) RETURN t.i ORDER BY t.name, t.g DESC SKIP $s LIMIT $k", new { s = skip, k = limit });
                Assert.Equal(all.Skip(skip).Take(limit), page);
            }
        }
    }

    [Fact]
    public async Task Profile_shows_top_reading_every_row_and_producing_the_page()
    {
        await SeedAsync();
        var profile = await RunAsync("PROFILE MATCH (t:T) WITH t ORDER BY t.name LIMIT 4 RETURN t.i");
        Assert.Equal(4, profile.Rows.Count);
        Assert.Contains("+Top | order=t.name ASC | rows=4", profile.Plan, StringComparison.Ordinal);
        Assert.Contains("+NodeByLabelScan | t:T | rows=40", profile.Plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregated_rows_are_ranked_by_top_too()
    {
        await SeedAsync();
        var result = await RunAsync("MATCH (t:T) RETURN t.name AS name, count(*) AS c ORDER BY c DESC, name LIMIT 2");
        Assert.Equal([["n1", 5L], ["n2", 5L]], result.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task A_limit_of_zero_still_runs_the_updates_below()
    {
        await SeedAsync();
        await RunAsync("MATCH (t:T) SET t.seen = true WITH t ORDER BY t.i LIMIT 0 RETURN t");
        Assert.Equal(40L, await ScalarAsync("MATCH (t:T) WHERE t.seen RETURN count(t)"));
    }

    [Fact]
    public async Task A_negative_limit_parameter_is_an_argument_error()
    {
        await SeedAsync();
        var error = await Assert.ThrowsAsync<CypherException>(() => RunAsync("MATCH (t:T) RETURN t ORDER BY t.i LIMIT $k", new { k = -1 }));
        Assert.Equal(StatusCodes.ArgumentError, error.Code);
    }
}
