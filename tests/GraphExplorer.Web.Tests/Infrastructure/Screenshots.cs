using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace GraphExplorer.Web.Tests.Infrastructure;

/// <summary>Saves screenshots as test artifacts under <c>artifacts/screenshots/</c> of the repository (git-ignored).</summary>
public static class Screenshots
{
    /// <summary>The folder the screenshots go to.</summary>
    public static string Directory { get; } = FindDirectory();

    /// <summary>Saves a full-page screenshot as <c>&lt;name&gt;.png</c> and returns its path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    // The test assembly may be built anywhere (--artifacts-path), so the repository is found from this source file.
    private static string FindDirectory([CallerFilePath] string sourceFile = "")
    {
        for (var folder = Path.GetDirectoryName(sourceFile); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "GraphExplorer.sln")))
            {
                return Path.Combine(folder, "artifacts", "screenshots");
            }
        }

        return Path.Combine(System.IO.Directory.GetCurrentDirectory(), "artifacts", "screenshots");
    }
}
