using System.Text.Json;
using Microsoft.Playwright;

namespace GraphExplorer.Web.Tests.Infrastructure;

/// <summary>The explorer page in a browser tab, with the steps and readings the tests need.</summary>
public sealed class ExplorerPage(IPage page)
{
    /// <summary>The Playwright page.</summary>
    public IPage Page { get; } = page;

    /// <summary>Opens the page (at <paramref name="path"/>) and waits until it has settled.</summary>
    public static async Task<ExplorerPage> OpenAsync(ExplorerFixture fixture, string path = "/", int width = 1280, int height = 900)
    {
        var page = await fixture.Browser.NewPageAsync(fixture.Server.Address, width, height);
        var explorer = new ExplorerPage(page);
        await page.GotoAsync(path);
        await explorer.WaitIdleAsync();
        return explorer;
    }

    /// <summary>Waits until no request of the page is in flight.</summary>
    public async Task WaitIdleAsync()
    {
        await Page.WaitForFunctionAsync("() => window.explorer && document.body.dataset.busy === 'false'");
    }

    /// <summary>Types into a search box (<c>x-input</c>, its list <c>x-suggestions</c>), waits for suggestions and picks the one whose text contains <paramref name="option"/> (the first when null).</summary>
    public async Task ChooseAsync(string inputId, string text, string? option = null)
    {
        var input = Page.Locator($"#{inputId}");
        await input.FillAsync(text);
        var list = Page.Locator($"#{inputId.Replace("-input", "-suggestions", StringComparison.Ordinal)}");
        var options = list.Locator("[role=option]");
        if (option is null)
        {
            await options.First.WaitForAsync();
            await input.PressAsync("Enter");
        }
        else
        {
            await options.Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        }

        await WaitIdleAsync();
    }

    /// <summary>Waits until a node with this label is drawn.</summary>
    public async Task WaitForNodeAsync(string label)
    {
        await Page.WaitForFunctionAsync("label => window.cy.nodes().some(n => n.data('label') === label)", label);
        await WaitIdleAsync();
    }

    /// <summary>The labels of the drawn nodes.</summary>
    public async Task<string[]> DrawnLabelsAsync() =>
        await Page.EvaluateAsync<string[]>("() => window.cy.nodes().map(n => n.data('label'))");

    /// <summary>Where a node is drawn and the colour of the canvas pixel at its centre; null when it is not drawn.</summary>
    public async Task<NodeOnCanvas?> NodeOnCanvasAsync(string label)
    {
        var reading = await Page.EvaluateAsync<JsonElement>(
            """
            label => {
              const node = window.cy.nodes().filter(n => n.data('label') === label)[0];
              if (!node) return null;
              const box = window.cy.container().getBoundingClientRect();
              const p = node.renderedPosition();
              let pixel = [0, 0, 0, 0];
              for (const canvas of window.cy.container().querySelectorAll('canvas')) {
                const ratio = canvas.width / canvas.clientWidth;
                const data = canvas.getContext('2d').getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
                if (data[3] > 0) pixel = [data[0], data[1], data[2], data[3]];
              }
              return { x: p.x, y: p.y, pageX: box.left + p.x, pageY: box.top + p.y, width: box.width, height: box.height, pixel };
            }
            """,
            label);
        if (reading.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var pixel = reading.GetProperty("pixel").EnumerateArray().Select(value => value.GetInt32()).ToArray();
        return new NodeOnCanvas(
            reading.GetProperty("x").GetDouble(),
            reading.GetProperty("y").GetDouble(),
            reading.GetProperty("pageX").GetDouble(),
            reading.GetProperty("pageY").GetDouble(),
            reading.GetProperty("width").GetDouble(),
            reading.GetProperty("height").GetDouble(),
            pixel);
    }

    /// <summary>The text of an element.</summary>
    public async Task<string> TextAsync(string selector) => await Page.Locator(selector).InnerTextAsync();
}

/// <summary>A node as drawn: its position in the drawing and on the page, the drawing's size, and the RGBA pixel at its centre.</summary>
public sealed record NodeOnCanvas(double X, double Y, double PageX, double PageY, double Width, double Height, int[] Pixel)
{
    /// <summary>Whether the node's centre lies inside the visible drawing.</summary>
    public bool IsInsideDrawing => X >= 0 && Y >= 0 && X <= Width && Y <= Height;

    /// <summary>Whether the centre pixel is close to a colour given as <c>#rrggbb</c>.</summary>
    public bool IsPainted(string hexColour, int tolerance = 40)
    {
        var expected = Convert.FromHexString(hexColour.TrimStart('#'));
        return Pixel[3] > 200 && Enumerable.Range(0, 3).All(i => Math.Abs(Pixel[i] - expected[i]) <= tolerance);
    }
}
