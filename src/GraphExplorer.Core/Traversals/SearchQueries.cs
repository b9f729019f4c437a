using GraphExplorer.Graph;
using GraphExplorer.Graph.Text;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Finds entities by name, title or alias, case- and diacritic-insensitively, ranked: an exact match before a prefix
/// before a fragment, then by name. One Cypher round trip reads the candidates' names (bounded by
/// <see cref="CandidateCap"/>); folding and ranking happen here, because Cypher has no diacritic folding and the
/// stored names keep theirs. Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed class SearchQueries(IGraphDatabase database)
{
    /// <summary>At most this many candidate nodes are read per search.</summary>
    public const int CandidateCap = 100_000;

    private const string CandidatesCypher = """
        MATCH (n)
        WHERE any(label IN labels(n) WHERE label IN $labels) AND n.id IS NOT NULL
        RETURN labels(n) AS labels, n.id AS id, n.name AS name, n.title AS title, n.aliases AS aliases
        LIMIT $cap
        """;

    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>The best <paramref name="first"/> entities of the given labels (all when <c>null</c> or empty) matching <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyList<string>? labels, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var query = TextFolding.Fold(text);
        if (query.Length == 0 || first == 0)
        {
            return [];
        }

        var wanted = labels is { Count: > 0 } ? labels : EntityLabels.All;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["labels"] = wanted.Where(EntityLabels.IsEntity).Cast<object?>().ToList(),
            ["cap"] = (long)CandidateCap,
        };
        var result = await _database.RunAsync(CandidatesCypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>();
        foreach (var row in result.Rows)
        {
            var label = EntityLabels.Of(((IReadOnlyList<object?>)row[0]!).OfType<string>().Where(l => wanted.Contains(l, StringComparer.Ordinal)));
            if (label is null || row[1] is not string id)
            {
                continue;
            }

            var name = (EntityLabels.LabelProperty(label) == "title" ? row[3] ?? row[2] : row[2] ?? row[3]) as string ?? id;
            var names = new List<string> { name };
            if (row[2] is string other && other != name)
            {
                names.Add(other);
            }

            if (row[4] is IReadOnlyList<object?> aliases)
            {
                names.AddRange(aliases.OfType<string>());
            }

            var score = names.Max(n => Score(TextFolding.Fold(n), query));
            if (score > 0)
            {
                hits.Add(new SearchHit(label, id, name, score));
            }
        }

        return [.. hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Text, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(first)];
    }

    private static double Score(string candidate, string query) =>
        candidate == query ? 3
        : candidate.StartsWith(query, StringComparison.Ordinal) ? 2
        : candidate.Contains(query, StringComparison.Ordinal) ? 1
        : 0;
}
