namespace GraphExplorer.Core.SavedQueries;

/// <summary>The saved scripts of a folder (<c>cypher/queries/*.cypher</c>), by name. Immutable, so thread-safe.</summary>
public sealed class SavedQueryCatalog
{
    /// <summary>The folder, inside the project's <c>cypher/</c> folder, holding the saved scripts.</summary>
    public const string FolderName = "queries";

    private readonly Dictionary<string, SavedQuery> _byName;

    /// <summary>Creates a catalog of <paramref name="queries"/>.</summary>
    /// <exception cref="SavedQueryException">Two scripts share a name.</exception>
    public SavedQueryCatalog(IEnumerable<SavedQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        _byName = new Dictionary<string, SavedQuery>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            if (!_byName.TryAdd(query.Name, query))
            {
                throw new SavedQueryException(SavedQueryErrorCodes.InvalidHeader, $"Two saved scripts are named '{query.Name}'.");
            }
        }

        Queries = [.. _byName.Values.OrderBy(q => q.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every script, ordered by name.</summary>
    public IReadOnlyList<SavedQuery> Queries { get; }

    /// <summary>Reads every <c>*.cypher</c> file of <paramref name="directory"/>; a missing folder gives an empty catalog.</summary>
    public static async Task<SavedQueryCatalog> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            return new SavedQueryCatalog([]);
        }

        var queries = new List<SavedQuery>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.cypher").Order(StringComparer.Ordinal))
        {
            queries.Add(await SavedQueryParser.ReadFileAsync(path, cancellationToken).ConfigureAwait(false));
        }

        return new SavedQueryCatalog(queries);
    }

    /// <summary>The script called <paramref name="name"/>.</summary>
    /// <exception cref="SavedQueryException">No script has that name (code <c>SAVED_QUERY_NOT_FOUND</c>).</exception>
    public SavedQuery Get(string name) =>
        _byName.TryGetValue(name, out var query)
            ? query
            : throw new SavedQueryException(
                SavedQueryErrorCodes.NotFound,
                $"There is no saved query named '{name}'. Known: {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>The script called <paramref name="name"/>, or <c>null</c>.</summary>
    public SavedQuery? Find(string name) => _byName.GetValueOrDefault(name);
}
