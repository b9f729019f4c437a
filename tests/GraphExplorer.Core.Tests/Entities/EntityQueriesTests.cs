using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Tests.Support;

namespace GraphExplorer.Core.Tests.Entities;

/// <summary>Entity reads on the seed.</summary>
public sealed class EntityQueriesTests(SeededGraphFixture fixture) : IClassFixture<SeededGraphFixture>
{
    private readonly EntityQueries _queries = new(fixture.Database);

    [Theory]
    [InlineData(null, null, 2, null, "country-al,country-hr")]
    [InlineData(0, null, 5, null, "country-hr,country-xk")]
    [InlineData(null, null, null, 1, "country-xk")]
    [InlineData(null, 2, null, 1, "country-hr")]
    public async Task Pages_resolve_relay_windows_in_one_statement(int? after, int? before, int? first, int? last, string expected)
    {
        var (page, _) = await _queries.PageAsync("Country", null, [new EntityOrder("name", false)], new PageWindow(after, before, first, last), CancellationToken.None);

        Assert.Equal(3, page.TotalCount);
        Assert.Equal(expected.Split(','), page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Related_nodes_of_many_parents_come_back_grouped_by_parent()
    {
        var related = await _queries.RelatedAsync(EntityCatalog.Field("Country", "ministries")!, ["country-xk", "country-al", "country-none"], CancellationToken.None);

        Assert.Equal("ministry-defence-xk", Assert.Single(related["country-xk"]).Node.Id);
        Assert.Equal("ministry-defence-al", Assert.Single(related["country-al"]).Node.Id);
        Assert.Empty(related["country-none"]);
    }

    [Fact]
    public async Task Nodes_are_found_by_label_and_id()
    {
        var nodes = await _queries.GetAsync([("Country", "country-xk"), ("Official", "official-faruk-geci"), ("Country", "official-faruk-geci")], CancellationToken.None);

        Assert.Equal(["Country:country-xk", "Official:official-faruk-geci"], nodes.Select(n => n.Label + ":" + n.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Page_windows_follow_relay()
    {
        Assert.Equal((0, 25), new PageWindow(null, null, 25, null).Resolve(100));
        Assert.Equal((95, 100), new PageWindow(null, null, null, 5).Resolve(100));
        Assert.Equal((11, 13), new PageWindow(10, 20, 2, null).Resolve(100));
        Assert.Equal((18, 20), new PageWindow(10, 20, null, 2).Resolve(100));
        Assert.Equal((3, 3), new PageWindow(10, null, 2, null).Resolve(3));
    }
}
