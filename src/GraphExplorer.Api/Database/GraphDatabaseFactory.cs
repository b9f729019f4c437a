using GraphExplorer.Api.Configuration;
using GraphExplorer.Engine;
using GraphExplorer.Graph;

namespace GraphExplorer.Api.Database;

/// <summary>Opens the configured backend, wrapped so that its statements are counted per request.</summary>
internal static class GraphDatabaseFactory
{
    /// <summary>Opens the database that <paramref name="options"/> names.</summary>
    /// <exception cref="InvalidOperationException">The backend is unknown or not available yet.</exception>
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
            throw new InvalidOperationException(
                "GraphExplorer:Backend is 'Neo4j', but the Neo4j backend is not available yet. "
                + "Unset GraphExplorer__Backend or set it to 'Embedded' to run on the embedded engine.");
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
