using GraphExplorer.Graph;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Finds entities by name, title or alias through the fulltext index <see cref="IndexName"/> (created by
/// <c>cypher/schema.cypher</c> on both backends): every word of the text must match a word of the entity or the start of
/// one, case and diacritics ignored (the index folds them); hits come best first by the index's score, then by name and
/// id. One Cypher round trip whose cost follows the hits, not the graph. Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed class SearchQueries(IGraphDatabase database)
{
    /// <summary>The fulltext index searched: node labels Country to Topic (not Source), properties name, title, aliases.</summary>
    public const string IndexName = "entitySearch";

    private const string SearchCypher = """
        CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
        WHERE any(label IN labels(node) WHERE label IN $labels) AND node.id IS NOT NULL
        WITH node, score, coalesce(node.name, node.title) AS text
        RETURN labels(node) AS labels, node.id AS id, node.name AS name, node.title AS title, score
        ORDER BY score DESC, text ASC, id ASC
        LIMIT $first
        """;

    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>The best <paramref name="first"/> entities of the given labels (all when <c>null</c> or empty) matching every word of <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyList<string>? labels, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var query = FulltextSearchText.Query(FulltextSearchText.Words(text));
        if (query is null || first == 0)
        {
            return [];
        }

        var wanted = labels is { Count: > 0 } ? labels : EntityLabels.All;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["index"] = IndexName,
            ["query"] = query,
            ["labels"] = wanted.Where(EntityLabels.IsEntity).Cast<object?>().ToList(),
            ["first"] = (long)first,
        };
        var result = await _database.RunAsync(SearchCypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>(result.Rows.Count);
        foreach (var row in result.Rows)
        {
            var label = EntityLabels.Of(((IReadOnlyList<object?>)row[0]!).OfType<string>().Where(l => wanted.Contains(l, StringComparer.Ordinal)));
            if (label is not null && row[1] is string id)
            {
                var name = (EntityLabels.LabelProperty(label) == "title" ? row[3] ?? row[2] : row[2] ?? row[3]) as string ?? id;
                hits.Add(new SearchHit(label, id, name, Convert.ToDouble(row[4], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return hits;
    }
}
