using GraphExplorer.Core.Entities;
using GraphExplorer.Web.Tests.Infrastructure;

namespace GraphExplorer.Web.Tests;

/// <summary>The page takes its entity types and relationship types from the API's <c>model</c> field (the catalogue).</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerModelTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task The_legend_and_the_relationship_filters_are_the_catalogues_types()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture, "/?view=neighborhood");
        await explorer.WaitIdleAsync();

        var filters = await explorer.Page.Locator("#relationship-options input").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)");
        Assert.Equal(EntityCatalog.Relationships.Select(r => r.Type), filters);

        var legend = await explorer.Page.Locator("#legend li").EvaluateAllAsync<string[]>("items => items.map(i => i.textContent.trim())");
        Assert.Equal(EntityCatalog.Entities.Select(e => e.Label), legend);

        var display = await explorer.Page.EvaluateAsync<string[]>(
            "() => window.explorer.capabilities.model.entityTypes.map(t => t.name + ':' + t.displayProperty)");
        Assert.Equal(EntityCatalog.Entities.Select(e => e.Label + ":" + e.DisplayProperty), display);
    }
}
