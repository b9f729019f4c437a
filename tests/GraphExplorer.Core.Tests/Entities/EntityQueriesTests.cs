using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Tests.Support;

namespace GraphExplorer.Core.Tests.Entities;

/// <summary>Entity reads on the seed.</summary>
public sealed class EntityQueriesTests(SeededGraphFixture fixture) : IClassFixture<SeededGraphFixture>
{
    private readonly EntityQueries _queries = new(fixture.Database);

    [Fact]
    public async Task Pages_seek_from_their_cursors_both_ways()
    {
        var order = PageOrder.Of([new EntityOrder("name", false)], ["Country"]);
        async Task<string> Page(PageKey? after, PageKey? before, int? first, int? last) => string.Join(",",
            (await _queries.PageAsync("Country", null, order, new PageWindow(after, before, first, last), false, CancellationToken.None)).Items.Select(i => i.Node.Id));
        var all = await _queries.PageAsync("Country", null, order, PageWindow.Head(10), true, CancellationToken.None);
        var keys = all.Items.Select(i => i.Key).ToList();

        Assert.Equal(3, all.TotalCount);
        Assert.Equal("country-al,country-hr,country-xk", string.Join(",", all.Items.Select(i => i.Node.Id)));
        Assert.Equal("country-al,country-hr", await Page(null, null, 2, null));
        Assert.Equal("country-hr,country-xk", await Page(keys[0], null, 5, null));
        Assert.Equal("country-xk", await Page(null, null, null, 1));
        Assert.Equal("country-hr", await Page(null, keys[2], null, 1));
        Assert.Equal("country-hr", await Page(keys[0], keys[2], 5, null));
    }

    [Fact]
    public async Task Related_nodes_of_many_parents_come_back_grouped_by_parent()
    {
        var related = await _queries.RelatedAsync(
            EntityCatalog.Field("Country", "ministries")!, ["country-xk", "country-al", "country-none"], RelatedQuery.All, PageWindow.Head(25), true, CancellationToken.None);

        Assert.Equal("ministry-defence-xk", Assert.Single(related["country-xk"].Items).Node.Id);
        Assert.Equal("ministry-defence-al", Assert.Single(related["country-al"].Items).Node.Id);
        Assert.Equal(1, related["country-al"].TotalCount);
        Assert.Empty(related["country-none"].Items);
    }

    [Fact]
    public async Task Nodes_are_found_by_label_and_id()
    {
        var nodes = await _queries.GetAsync([("Country", "country-xk"), ("Official", "official-faruk-geci"), ("Country", "official-faruk-geci")], CancellationToken.None);

        Assert.Equal(["Country:country-xk", "Official:official-faruk-geci"], nodes.Select(n => n.Label + ":" + n.Id).Order(StringComparer.Ordinal));
    }

}
