using GraphExplorer.Api.Configuration;
using GraphExplorer.Engine;
using GraphExplorer.Graph;
using GraphExplorer.Neo4j;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Database;

/// <summary>Opens the configured backend, wrapped so that its statements are counted per request.</summary>
internal static class GraphDatabaseFactory
{
    /// <summary>
    /// Registers what the backends need at start-up: the Neo4j client (options from the <c>Neo4j</c> section:
    /// <c>Neo4j__Uri</c>, <c>Neo4j__Database</c>, <c>Neo4j__User</c>, <c>Neo4j__Password</c> or <c>Neo4j__Token</c>)
    /// and its <see cref="IHttpClientFactory"/> client. Nothing connects until the backend is opened.
    /// </summary>
    public static IServiceCollection AddGraphBackends(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNeo4jGraphDatabase();
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.SectionName));
        return services;
    }

    /// <summary>Opens the database that the <c>GraphExplorer:Backend</c> setting names, from the application's services.</summary>
    /// <exception cref="InvalidOperationException">The backend is unknown.</exception>
    public static IGraphDatabase Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphExplorerOptions>>().Value;
        if (string.Equals(options.Backend, GraphBackends.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            return new CountingGraphDatabase(services.GetRequiredService<Neo4jGraphDatabase>());
        }

        return Open(options, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
    }

    /// <summary>Opens the embedded database that <paramref name="options"/> names.</summary>
    /// <exception cref="InvalidOperationException">The backend is not the embedded engine (Neo4j needs <see cref="Open(IServiceProvider)"/>) or is unknown.</exception>
    public static IGraphDatabase Open(GraphExplorerOptions options, string contentRoot)
    {
        if (string.Equals(options.Backend, GraphBackends.Embedded, StringComparison.OrdinalIgnoreCase))
        {
            var dataDirectory = ResolveDataDirectory(options, contentRoot);
            Directory.CreateDirectory(dataDirectory);
            return new CountingGraphDatabase(EmbeddedGraphDatabase.Open(new EmbeddedOptions { DataDirectory = dataDirectory }));
        }

        if (string.Equals(options.Backend, GraphBackends.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("The Neo4j backend is opened from the application's services: use Open(IServiceProvider).");
        }

        throw new InvalidOperationException(
            $"GraphExplorer:Backend '{options.Backend}' is not known. Use '{GraphBackends.Embedded}' (the default) or '{GraphBackends.Neo4j}'.");
    }

    /// <summary>The data folder as an absolute path: relative paths are taken from the content root.</summary>
    public static string ResolveDataDirectory(GraphExplorerOptions options, string contentRoot) =>
        Path.GetFullPath(options.DataDirectory, contentRoot);

    /// <summary>The folder holding <c>schema.cypher</c> and <c>seed/</c>.</summary>
    public static string ResolveCypherDirectory(GraphExplorerOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.CypherDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "cypher")
            : Path.GetFullPath(options.CypherDirectory, contentRoot);
}
