using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Serves Banana Cake Pop, the GraphQL IDE, at <c>GET /graphql/</c> for browsers: its static build (which
/// the build copies from npm to <c>&lt;output&gt;/bananacakepop</c>) under <c>/graphql/…</c>, and a
/// <c>bcp-config.json</c> that points it at this endpoint and turns its telemetry off.
/// </summary>
internal static class BananaCakePopEndpoint
{
    /// <summary>The IDE's configuration file, which the IDE fetches next to its page.</summary>
    public const string ConfigPath = GraphQLEndpoint.Path + "/bcp-config.json";

    /// <summary>Where the build puts the IDE's files.</summary>
    public static string FilesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "bananacakepop");

    /// <summary>Serves the IDE's files under <c>/graphql</c> and maps its configuration.</summary>
    public static WebApplication UseBananaCakePop(this WebApplication app)
    {
        if (Directory.Exists(FilesDirectory))
        {
            var contentTypes = new FileExtensionContentTypeProvider();
            contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = GraphQLEndpoint.Path,
                FileProvider = new PhysicalFileProvider(FilesDirectory),
                ContentTypeProvider = contentTypes,
            });
        }

        app.MapGet(ConfigPath, (HttpRequest request) => Results.Json(new BananaCakePopConfig(
            Endpoint: request.PathBase + GraphQLEndpoint.Path,
            UseBrowserUrlAsEndpoint: true,
            DisableTelemetry: true,
            IncludeCookies: false,
            UseGet: false,
            Title: "GraphExplorer")))
            .WithName("BananaCakePopConfig");
        return app;
    }

    /// <summary>Whether a request to <c>/graphql</c> is a browser asking for the IDE: a <c>GET</c> that accepts HTML and carries no query.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && MediaTypes.AcceptsHtml(request);

    /// <summary>
    /// Serves the IDE's page. The page loads its scripts by relative URLs, so <c>/graphql</c> is first
    /// redirected to <c>/graphql/</c>.
    /// </summary>
    public static async Task ServePageAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
            return;
        }

        var page = Path.Combine(FilesDirectory, "index.html");
        if (!File.Exists(page))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "Banana Cake Pop is not installed: build the API with npm available (see src/GraphExplorer.Api/README.md).",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(page, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The keys Banana Cake Pop reads from <c>bcp-config.json</c>.</summary>
    private sealed record BananaCakePopConfig(
        string Endpoint,
        bool UseBrowserUrlAsEndpoint,
        bool DisableTelemetry,
        bool IncludeCookies,
        bool UseGet,
        string Title);
}
