using GraphExplorer.Web.Tests.Infrastructure;

namespace GraphExplorer.Web.Tests;

/// <summary>
/// The issue's walk through the seed in headless Chromium: search "Geci", see the neighbourhood drawn,
/// expand the meeting, who met whom under the 2025 declaration, and a path between two participants.
/// Each step saves a screenshot under artifacts/screenshots/.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerWalkthroughTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Searching_Geci_draws_Faruk_Gecis_neighbourhood_on_the_canvas()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture);

        await explorer.ChooseAsync("search-input", "Geci");
        await explorer.WaitForNodeAsync(SeedLabels.FarukGeci);
        await Screenshots.SaveAsync(explorer.Page, "01-geci-neighbourhood");

        var labels = await explorer.DrawnLabelsAsync();
        Assert.Contains(SeedLabels.KosovoDirectorPost, labels);
        Assert.Contains(SeedLabels.Meeting, labels);
        var faruk = await explorer.NodeOnCanvasAsync(SeedLabels.FarukGeci);
        Assert.NotNull(faruk);
        Assert.True(faruk.IsInsideDrawing, $"Faruk Geci is drawn at ({faruk.X}, {faruk.Y}), outside the {faruk.Width}×{faruk.Height} drawing.");
        Assert.True(faruk.IsPainted(SeedLabels.OfficialColour), $"The canvas at Faruk Geci's node is rgba({string.Join(", ", faruk.Pixel)}), not the officials' colour.");
        Assert.Contains("view=neighborhood", explorer.Page.Url, StringComparison.Ordinal);
        Assert.Contains("id=", explorer.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Double_clicking_the_meeting_expands_it_and_back_undoes_the_expansion()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture);
        await explorer.ChooseAsync("search-input", "Geci");
        await explorer.WaitForNodeAsync(SeedLabels.Meeting);
        var before = await explorer.DrawnLabelsAsync();

        var meeting = await explorer.NodeOnCanvasAsync(SeedLabels.Meeting);
        Assert.NotNull(meeting);
        await explorer.Page.Mouse.DblClickAsync((float)meeting.PageX, (float)meeting.PageY);
        await explorer.WaitForNodeAsync("Croatia");
        await Screenshots.SaveAsync(explorer.Page, "02-meeting-expanded");

        var after = await explorer.DrawnLabelsAsync();
        Assert.Contains("Albania", after);
        Assert.Contains(SeedLabels.Declaration, after);
        Assert.Contains(SeedLabels.CroatianDirectorPost, after);
        Assert.Contains("expanded=", explorer.Page.Url, StringComparison.Ordinal);
        var croatia = await explorer.NodeOnCanvasAsync("Croatia");
        Assert.True(croatia!.IsInsideDrawing);

        await explorer.Page.GoBackAsync();
        await explorer.Page.WaitForFunctionAsync("count => window.cy.nodes().length === count", before.Length);
        await explorer.WaitIdleAsync();
        Assert.Equal(before.Order(), (await explorer.DrawnLabelsAsync()).Order());
    }

    [Fact]
    public async Task Encounters_view_of_the_2025_declaration_shows_Albania_and_Croatia()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture);

        await explorer.Page.Locator("#tab-encounters").ClickAsync();
        await explorer.ChooseAsync("encounters-input", "declaration", "Trilateral joint declaration");
        await explorer.Page.Locator("#encounters-table tbody tr").First.WaitForAsync();
        await explorer.WaitForNodeAsync(SeedLabels.FarukGeci);
        await Screenshots.SaveAsync(explorer.Page, "03-encounters-2025-declaration");

        var table = await explorer.TextAsync("#encounters-table");
        Assert.Contains("Albania", table, StringComparison.Ordinal);
        Assert.Contains("Croatia", table, StringComparison.Ordinal);
        Assert.Contains(SeedLabels.FarukGeci, table, StringComparison.Ordinal);
        var drawn = await explorer.DrawnLabelsAsync();
        Assert.Contains(SeedLabels.Meeting, drawn);
        Assert.Contains(SeedLabels.CroatianDirectorPost, drawn);
        Assert.Contains("view=encounters", explorer.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_view_draws_a_path_from_Faruk_Geci_to_the_Croatian_director()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture);

        await explorer.Page.Locator("#tab-connection").ClickAsync();
        await explorer.ChooseAsync("from-input", "Geci");
        await explorer.ChooseAsync("to-input", "Croatia", SeedLabels.CroatianDirectorPost);
        await explorer.Page.Locator("#paths-list li").First.WaitForAsync();
        await explorer.WaitIdleAsync();
        await Screenshots.SaveAsync(explorer.Page, "04-connection-geci-croatian-director");

        var paths = await explorer.Page.Locator("#paths-list li").AllInnerTextsAsync();
        Assert.All(paths, path =>
        {
            Assert.StartsWith(SeedLabels.FarukGeci, path, StringComparison.Ordinal);
            Assert.EndsWith(SeedLabels.CroatianDirectorPost, path, StringComparison.Ordinal);
        });
        Assert.Contains(paths, path => path.Contains("—ATTENDED→ " + SeedLabels.Meeting + " ←ATTENDED—", StringComparison.Ordinal));
        var geci = await explorer.NodeOnCanvasAsync(SeedLabels.FarukGeci);
        var director = await explorer.NodeOnCanvasAsync(SeedLabels.CroatianDirectorPost);
        Assert.True(geci!.IsInsideDrawing && director!.IsInsideDrawing);
        Assert.True(await explorer.Page.EvaluateAsync<int>("() => window.cy.edges('.path').length") >= 2);
    }

    [Fact]
    public async Task A_shared_url_opens_the_same_view()
    {
        var first = await ExplorerPage.OpenAsync(fixture);
        await first.ChooseAsync("search-input", "Geci");
        await first.WaitForNodeAsync(SeedLabels.FarukGeci);
        var url = new Uri(first.Page.Url);

        var second = await ExplorerPage.OpenAsync(fixture, url.PathAndQuery);
        await second.WaitForNodeAsync(SeedLabels.FarukGeci);

        Assert.Equal((await first.DrawnLabelsAsync()).Order(), (await second.DrawnLabelsAsync()).Order());
        Assert.Equal(SeedLabels.FarukGeci, await second.Page.Locator("#search-input").InputValueAsync());
    }
}
