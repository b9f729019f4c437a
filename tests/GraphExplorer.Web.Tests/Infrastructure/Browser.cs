using Microsoft.Playwright;

namespace GraphExplorer.Web.Tests.Infrastructure;

/// <summary>
/// Headless Chromium driven by Playwright. No browser can be downloaded here, so Playwright launches
/// Debian's <c>chromium</c> (<c>/usr/bin/chromium</c>, or the path in <c>GRAPHEXPLORER_CHROMIUM</c>).
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    /// <summary>The flags for a quiet, sandbox-free headless run that never reaches the network.</summary>
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Where the Chromium executable is.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("GRAPHEXPLORER_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Starts Playwright's driver and launches Chromium.</summary>
    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}: install Debian's package (apt-get install -y chromium) or set GRAPHEXPLORER_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ChromiumFlags,
        });
        return new Browser(playwright, browser);
    }

    /// <summary>A fresh page (own context: no shared history or storage) of the given window size.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
