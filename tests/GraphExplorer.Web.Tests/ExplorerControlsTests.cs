using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GraphExplorer.Web.Tests;

/// <summary>The page's controls in headless Chromium: side panel, filters, depth, time, truncation, errors, keyboard.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerControlsTests(ExplorerFixture fixture)
{
    private const string SourceTitle = "Kosovo, Albanien und Kroatien sprechen über eine Zusammenarbeit im Bereich der Verteidigung";
    private static readonly string FarukId = GlobalId.Encode("Official", "official-faruk-geci");

    [Fact]
    public async Task Clicking_a_node_shows_its_properties_and_sources_in_the_side_panel()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture, $"/?view=neighborhood&id={FarukId}");
        await explorer.WaitForNodeAsync(SeedLabels.Meeting);

        var meeting = await explorer.NodeOnCanvasAsync(SeedLabels.Meeting);
        await explorer.Page.Mouse.ClickAsync((float)meeting!.PageX, (float)meeting.PageY);
        await explorer.Page.Locator("#details .sources li").First.WaitForAsync();
        await explorer.WaitIdleAsync();
        await Screenshots.SaveAsync(explorer.Page, "05-meeting-details");

        Assert.Equal(SeedLabels.Meeting, await explorer.TextAsync("#details-title"));
        var properties = await explorer.TextAsync("#details .properties");
        Assert.Contains("directors for defence policy and armament", properties, StringComparison.Ordinal);
        Assert.Contains(SourceTitle, await explorer.TextAsync("#details .sources"), StringComparison.Ordinal);
        Assert.Contains("node=", explorer.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relationship_filters_and_depth_change_what_is_drawn()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture, $"/?view=neighborhood&id={FarukId}&rels=HOLDS");
        await explorer.WaitForNodeAsync(SeedLabels.KosovoDirectorPost);
        Assert.Equal(2, (await explorer.DrawnLabelsAsync()).Length);
        Assert.False(await explorer.Page.Locator("#relationship-options input[value=ATTENDED]").IsCheckedAsync());

        await explorer.Page.Locator("#relationship-filters summary").ClickAsync();
        await explorer.Page.Locator("#relationship-options input[value=ATTENDED]").CheckAsync();
        await explorer.WaitForNodeAsync(SeedLabels.Meeting);
        Assert.DoesNotContain(SourceTitle, await explorer.DrawnLabelsAsync());
        Assert.Contains("rels=HOLDS%2CATTENDED", explorer.Page.Url, StringComparison.Ordinal);

        await explorer.Page.Locator("#depth").SelectOptionAsync("2");
        await explorer.WaitForNodeAsync(SeedLabels.CroatianDirectorPost);
        await Screenshots.SaveAsync(explorer.Page, "06-filters-depth-2");
        Assert.Contains("depth=2", explorer.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cut_neighbourhood_shows_a_notice()
    {
        var source = GlobalId.Encode("Source", "source-875d67dad5e79e69");

        var explorer = await ExplorerPage.OpenAsync(fixture, $"/?view=neighborhood&id={source}&limit=10");
        await explorer.Page.Locator("#truncated").WaitForAsync();

        Assert.Contains("Not everything is drawn", await explorer.TextAsync("#truncated"), StringComparison.Ordinal);
        Assert.True(await explorer.Page.EvaluateAsync<int>("() => window.cy.nodes().length") <= 10);
    }

    [Fact]
    public async Task The_as_of_date_goes_into_the_url_and_the_request()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture, $"/?view=neighborhood&id={FarukId}");
        await explorer.WaitForNodeAsync(SeedLabels.FarukGeci);

        var request = await explorer.Page.RunAndWaitForRequestAsync(
            async () =>
            {
                await explorer.Page.Locator("#as-of").FillAsync("2025-06");
                await explorer.Page.Locator("#as-of").PressAsync("Enter");
                await explorer.Page.Locator("#as-of").BlurAsync();
            },
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.PostData ?? "").Contains("ExplorerNeighborhood", StringComparison.Ordinal));
        await explorer.WaitIdleAsync();

        Assert.Contains("\"asOf\":\"2025-06\"", request.PostData, StringComparison.Ordinal);
        Assert.Contains("asOf=2025-06", explorer.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_errors_are_shown_in_words()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture, "/?view=neighborhood&id=not-an-entity");

        var error = explorer.Page.Locator("#error");
        await error.WaitForAsync();
        await Screenshots.SaveAsync(explorer.Page, "07-api-error");

        var text = await error.InnerTextAsync();
        Assert.StartsWith("Something went wrong:", text, StringComparison.Ordinal);
        Assert.True(text.Length > "Something went wrong: ".Length + 10, text);
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_search_and_draws_a_neighbourhood()
    {
        var explorer = await ExplorerPage.OpenAsync(fixture);

        for (var presses = 0; presses < 10 && await FocusedIdAsync(explorer.Page) != "search-input"; presses++)
        {
            await explorer.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("search-input", await FocusedIdAsync(explorer.Page));
        await explorer.Page.Keyboard.TypeAsync("Geci");
        await explorer.Page.Locator("#search-suggestions [role=option]").First.WaitForAsync();
        await explorer.Page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("true", await explorer.Page.Locator("#search-suggestions [role=option]").First.GetAttributeAsync("aria-selected"));
        await explorer.Page.Keyboard.PressAsync("Enter");
        await explorer.WaitForNodeAsync(SeedLabels.FarukGeci);
    }

    [Theory]
    [InlineData(1280, false)]
    [InlineData(768, true)]
    public async Task The_layout_fits_laptop_and_tablet_widths(int width, bool panelBelowDrawing)
    {
        var explorer = await ExplorerPage.OpenAsync(fixture, $"/?view=neighborhood&id={FarukId}", width, 1000);
        await explorer.WaitForNodeAsync(SeedLabels.FarukGeci);
        await Screenshots.SaveAsync(explorer.Page, $"08-layout-{width}");

        var drawing = await explorer.Page.Locator("#graph-section").BoundingBoxAsync();
        var panel = await explorer.Page.Locator("#details").BoundingBoxAsync();
        var overflow = await explorer.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page scrolls sideways.");
        Assert.Equal(panelBelowDrawing, panel!.Y >= drawing!.Y + drawing.Height);
        Assert.True(drawing.Width >= 400, $"The drawing is only {drawing.Width}px wide.");
        var faruk = await explorer.NodeOnCanvasAsync(SeedLabels.FarukGeci);
        Assert.True(faruk!.IsInsideDrawing);
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
}
