using System.Collections.Concurrent;
using GraphExplorer.Core.SavedQueries;

namespace GraphExplorer.Api.GraphQL.SavedQueries;

/// <summary>
/// The saved-script catalog of a folder, read once per process (the scripts ship with the API and do not change
/// while it runs). Thread-safe.
/// </summary>
internal static class SavedQueryCatalogCache
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<SavedQueryCatalog>>> Catalogs = new(StringComparer.Ordinal);

    /// <summary>The catalog of <c>queries/</c> inside <paramref name="cypherDirectory"/>.</summary>
    public static Task<SavedQueryCatalog> GetAsync(string cypherDirectory) =>
        Catalogs.GetOrAdd(
            Path.Combine(cypherDirectory, SavedQueryCatalog.FolderName),
            folder => new Lazy<Task<SavedQueryCatalog>>(() => SavedQueryCatalog.LoadAsync(folder, CancellationToken.None))).Value;
}
