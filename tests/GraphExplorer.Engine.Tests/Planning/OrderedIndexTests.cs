using GraphExplorer.Engine.Tests.Execution;

namespace GraphExplorer.Engine.Tests.Planning;

/// <summary>The planner walks ordered property indexes for ORDER BY, range predicates and keyset pages (decision 0080).</summary>
public sealed class OrderedIndexTests : EngineTestBase
{
    private async Task SeedAsync()
    {
        await RunAsync("CREATE CONSTRAINT item_id FOR (n:Item) REQUIRE n.id IS UNIQUE");
        await RunAsync("CREATE INDEX item_rank FOR (n:Item) ON (n.rank)");

        // ids 'i00'..'i29', created out of order; rank repeats (i % 7), a few nodes have none or another type.
        await RunAsync("""
            UNWIND range(29, 0, -1) AS i
            CREATE (:Item {id: 'i' + right('0' + toString(i), 2), rank: CASE WHEN i % 10 = 3 THEN null WHEN i = 5 THEN 'five' ELSE i % 7 END, name: 'n' + toString(i)})
            """);
    }

    private async Task<string> PlanAsync(string cypher, object? parameters = null) => (await RunAsync("EXPLAIN " + cypher, parameters)).Plan!;

    [Fact]
    public async Task Order_by_the_unique_id_with_limit_walks_the_index_without_sort()
    {
        await SeedAsync();
        const string Query = "MATCH (n:Item) RETURN n.id ORDER BY n.id LIMIT $k";
        var plan = await PlanAsync(Query, new { k = 3 });
        Assert.Contains("+NodeIndexScan | RANGE INDEX n:Item(id) | order=n.id ASC", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Top", plan, StringComparison.Ordinal);
        Assert.Equal(["i00", "i01", "i02"], await ColumnAsync(Query, new { k = 3 }));
        Assert.Equal(["i29", "i28"], await ColumnAsync("MATCH (n:Item) RETURN n.id ORDER BY n.id DESC LIMIT 2"));
        Assert.Equal(["i02", "i03"], await ColumnAsync("MATCH (n:Item) RETURN n.id AS id ORDER BY id SKIP 2 LIMIT 2"));
    }

    [Fact]
    public async Task Profile_reads_only_the_rows_of_the_page()
    {
        await SeedAsync();
        var profile = await RunAsync("PROFILE MATCH (n:Item) RETURN n ORDER BY n.id LIMIT 3");
        Assert.Equal(3, profile.Rows.Count);
        Assert.Contains("+NodeIndexScan | RANGE INDEX n:Item(id) | order=n.id ASC | rows=3", profile.Plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyset_pages_on_the_id_seek_by_range_in_both_directions()
    {
        await SeedAsync();
        const string After = "MATCH (n:Item) WHERE n.id > $after RETURN n.id ORDER BY n.id ASC LIMIT $k";
        const string Before = "MATCH (n:Item) WHERE n.id < $before RETURN n.id ORDER BY n.id DESC LIMIT $k";
        Assert.Contains("+NodeIndexSeekByRange | RANGE INDEX n:Item(id) WHERE id > $after | order=n.id ASC", await PlanAsync(After), StringComparison.Ordinal);
        Assert.Contains("+NodeIndexSeekByRange | RANGE INDEX n:Item(id) WHERE id < $before | order=n.id DESC", await PlanAsync(Before), StringComparison.Ordinal);
        Assert.Equal(["i28", "i29"], await ColumnAsync(After, new { after = "i27", k = 5 }));
        Assert.Equal(["i01", "i00"], await ColumnAsync(Before, new { before = "i02", k = 5 }));

        // A bound of another type matches nothing, as the comparison is null.
        Assert.Empty(await ColumnAsync(After, new { after = 3, k = 5 }));
        Assert.Empty(await ColumnAsync(After, new { after = (object?)null, k = 5 }));
    }

    [Fact]
    public async Task Keyset_on_a_ranked_property_seeks_then_breaks_ties_by_id()
    {
        await SeedAsync();
        const string Page = """
            MATCH (n:Item) WHERE (n.rank > $rank OR (n.rank = $rank AND n.id > $id))
            RETURN n.id ORDER BY n.rank ASC, n.id ASC LIMIT $k
            """;
        var plan = await PlanAsync(Page);
        Assert.Contains("+NodeIndexSeekByRange | RANGE INDEX n:Item(rank) WHERE rank >= $rank | order=n.rank ASC", plan, StringComparison.Ordinal);
        Assert.Contains("+PartialTop", plan, StringComparison.Ordinal);

        // rank 2 holds i02, i09, i16 (i23 has no rank); then rank 3 holds i10, i17, i24.
        Assert.Equal(["i16", "i10", "i17"], await ColumnAsync(Page, new { rank = 2, id = "i09", k = 3 }));
    }

    [Fact]
    public async Task Starts_with_seeks_the_prefix_range()
    {
        await SeedAsync();
        await RunAsync("CREATE INDEX item_name FOR (n:Item) ON (n.name)");
        const string Query = "MATCH (n:Item) WHERE n.name STARTS WITH $p RETURN n.name ORDER BY n.name LIMIT 3";
        Assert.Contains("+NodeIndexSeekByRange | RANGE INDEX n:Item(name) WHERE name STARTS WITH $p | order=n.name ASC", await PlanAsync(Query), StringComparison.Ordinal);
        Assert.Equal(["n2", "n20", "n21"], await ColumnAsync(Query, new { p = "n2" }));
        Assert.Empty(await ColumnAsync(Query, new { p = 2 }));
    }

    [Fact]
    public async Task Range_without_order_still_uses_the_index_and_applies_the_predicate()
    {
        await SeedAsync();
        const string Query = "MATCH (n:Item) WHERE 4 <= n.rank AND n.rank < 6 RETURN n.id";
        Assert.Contains("+NodeIndexSeekByRange | RANGE INDEX n:Item(rank) WHERE rank >= 4 AND rank < 6", await PlanAsync(Query), StringComparison.Ordinal);
        var ids = await ColumnAsync(Query);
        Assert.Equal(["i25", "i18", "i11", "i04", "i26", "i19", "i12"], ids);
    }

    [Fact]
    public async Task Nulls_sort_last_ascending_and_first_descending_like_a_sort()
    {
        await SeedAsync();
        var ascending = await ColumnAsync("MATCH (n:Item) RETURN n.id ORDER BY n.rank");
        var descending = await ColumnAsync("MATCH (n:Item) RETURN n.id ORDER BY n.rank DESC");
        Assert.Equal(["i03", "i13", "i23"], ascending.TakeLast(3).Select(x => (string)x!).Order());
        Assert.Equal(["i03", "i13", "i23"], descending.Take(3).Select(x => (string)x!).Order());

        // 'five' is a string: strings sort before numbers.
        Assert.Equal("i05", ascending[0]);
    }

    [Fact]
    public async Task Without_an_index_on_the_sorted_property_the_plan_keeps_top()
    {
        await SeedAsync();
        var plan = await PlanAsync("MATCH (n:Item) RETURN n ORDER BY n.name LIMIT 3");
        Assert.Contains("+Top", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("NodeIndex", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_projected_column_that_shadows_the_node_is_not_taken_for_it()
    {
        await SeedAsync();
        var plan = await PlanAsync("MATCH (n:Item) WITH n.name AS n, n AS m RETURN n ORDER BY n LIMIT 3");
        Assert.DoesNotContain("NodeIndexScan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_statements_walk_a_copy_of_the_index()
    {
        await SeedAsync();
        var result = await RunAsync("MATCH (n:Item) WHERE n.rank >= 0 WITH n ORDER BY n.rank LIMIT 5 SET n.rank = n.rank + 100 RETURN count(*)");
        Assert.Equal(5L, result.Rows[0][0]);
        Assert.Equal(5L, await ScalarAsync("MATCH (n:Item) WHERE n.rank >= 100 RETURN count(n)"));
    }
}
