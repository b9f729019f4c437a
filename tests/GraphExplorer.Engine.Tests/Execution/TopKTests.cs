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
    public async Task Top_runs_below_the_projection_so_only_the_kept_rows_are_projected()
    {
        await SeedAsync();
        var profile = await RunAsync("PROFILE MATCH (t:T) RETURN t.name AS name, t.i AS i ORDER BY name DESC, i SKIP 1 LIMIT 3");
        Assert.Equal([["n8", 17L], ["n8", 26L], ["n8", 35L]], profile.Rows.Select(r => r.ToArray()));
        var lines = profile.Plan!.Split('\n');
        var projection = Array.FindIndex(lines, l => l.Contains("+Projection", StringComparison.Ordinal));
        var top = Array.FindIndex(lines, l => l.Contains("+Top | order=t.name DESC, t.i ASC", StringComparison.Ordinal));
        Assert.True(projection >= 0 && top > projection, profile.Plan);
        Assert.Contains("rows=4", lines[projection], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_that_shadows_a_variable_is_sorted_by_its_own_value()
    {
        await SeedAsync();
        Assert.Equal(["n0", "n0", "n0", "n0"], await ColumnAsync("MATCH (t:T) WITH t.name AS t ORDER BY t LIMIT 4 RETURN t"));
        var result = await RunAsync("MATCH (t:T) WITH t, t.i AS i RETURN -i AS i, t.i AS v ORDER BY i LIMIT 2");
        Assert.Equal([40L, 39L], result.Rows.Select(r => r[1]));
    }

    [Fact]
    public async Task A_random_sort_key_is_computed_once_so_the_rows_come_in_its_order()
    {
        await SeedAsync();
        const string Query = "MATCH (t:T) RETURN t.i AS i, rand() AS r ORDER BY r LIMIT 10";
        var plan = (await RunAsync("EXPLAIN " + Query)).Plan!;
        Assert.True(plan.IndexOf("+Top", StringComparison.Ordinal) < plan.IndexOf("+Projection", StringComparison.Ordinal), plan);
        var keys = (await RunAsync(Query)).Rows.Select(r => (double)r[1]!).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public async Task Distinct_rows_are_ranked_after_distinct()
    {
        await SeedAsync();
        Assert.Equal(["n8", "n7", "n6"], await ColumnAsync("MATCH (t:T) RETURN DISTINCT t.name AS name ORDER BY name DESC LIMIT 3"));
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
