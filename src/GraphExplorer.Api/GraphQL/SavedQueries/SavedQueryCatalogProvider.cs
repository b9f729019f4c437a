using GraphExplorer.Api.Configuration;
using GraphExplorer.Api.Database;
using GraphExplorer.Core.SavedQueries;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.GraphQL.SavedQueries;

/// <summary>
/// The saved-query catalog of this host's cypher directory, read once on first use (a singleton per host,
/// so two hosts in one process — as in the tests — never share a catalog). Thread-safe.
/// </summary>
internal sealed class SavedQueryCatalogProvider
{
    private readonly Lazy<Task<SavedQueryCatalog>> _catalog;

    public SavedQueryCatalogProvider(IOptions<GraphExplorerOptions> options, IWebHostEnvironment environment)
    {
        var folder = Path.Combine(
            GraphDatabaseFactory.ResolveCypherDirectory(options.Value, environment.ContentRootPath),
            SavedQueryCatalog.FolderName);
        _catalog = new(() => SavedQueryCatalog.LoadAsync(folder, CancellationToken.None));
    }

    /// <summary>The catalog; the first call reads the scripts' headers.</summary>
    public Task<SavedQueryCatalog> GetAsync() => _catalog.Value;
}
