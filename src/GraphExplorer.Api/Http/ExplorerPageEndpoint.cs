using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Serves the explorer page at <c>/</c>: the static files the build copies from <c>src/GraphExplorer.Web</c>
/// to <c>&lt;output&gt;/explorer</c>. The page is an ordinary client of <c>POST /graphql</c>.
/// </summary>
internal static class ExplorerPageEndpoint
{
    /// <summary>Where the build puts the page's files.</summary>
    public static string FilesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "explorer");

    /// <summary>Serves <c>index.html</c> for <c>/</c> and the page's scripts and styles; a note at <c>/</c> when the page is not built.</summary>
    public static WebApplication UseExplorerPage(this WebApplication app)
    {
        if (!File.Exists(Path.Combine(FilesDirectory, "index.html")))
        {
            app.MapGet("/", () => Results.Text(
                "The explorer page is not built: build the API with npm available (see src/GraphExplorer.Web/README.md).",
                "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status404NotFound));
            return app;
        }

        var files = new PhysicalFileProvider(FilesDirectory);
        var contentTypes = new FileExtensionContentTypeProvider();

        // Browsers load ES modules only when they are served as JavaScript.
        contentTypes.Mappings[".mjs"] = "text/javascript";
        contentTypes.Mappings[".js"] = "text/javascript";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = contentTypes,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
