using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Entities;

/// <summary>Related nodes of many parents: one statement per field, each parent's window and count applied in Cypher.</summary>
public sealed partial class EntityQueries
{
    /// <summary>
    /// For each of <paramref name="parentIds"/>, the page <paramref name="window"/> of the nodes related over
    /// <paramref name="field"/> that match <paramref name="query"/>'s filter, in its order (then by id), with the
    /// relationship's properties, and how many match when <paramref name="withTotalCount"/>. One round trip for all
    /// parents; a parent that does not exist gets an empty page.
    /// </summary>
    /// <exception cref="ArgumentException">The filter or order names something the target label does not have, or a cursor key is not of this order.</exception>
    public async Task<IReadOnlyDictionary<string, EntityPage>> RelatedAsync(
        RelationshipField field, IReadOnlyCollection<string> parentIds, RelatedQuery query, PageWindow window, bool withTotalCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(parentIds);
        ArgumentNullException.ThrowIfNull(query);
        var page = new KeysetPage(PageOrder.OfRelated(query.Order, field.TargetLabels), window);
        var cypher = BuildRelatedCypher(field, query.Filter, page, withTotalCount, out var parameters);
        parameters["keys"] = parentIds.Distinct().Select(k => (object?)k).ToList();
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var pages = new Dictionary<string, EntityPage>(StringComparer.Ordinal);
        foreach (var row in result.Records())
        {
            var relationships = ((IEnumerable<object?>)row["rels"]!).Cast<GraphRelationship>();
            var nodes = ((IEnumerable<object?>)row["nodes"]!).Cast<GraphNode>();
            var rows = nodes.Zip(relationships, (node, relationship) => (
                ToRecord(node, node.Labels.FirstOrDefault(field.TargetLabels.Contains) ?? field.TargetLabels[0]),
                relationship.Properties)).ToList();
            pages[(string)row["key"]!] = page.Shape(rows, withTotalCount ? ToInt(row["total"]) : null);
        }

        foreach (var parentId in parentIds)
        {
            pages.TryAdd(parentId, EntityPage.Empty);
        }

        return pages;
    }

    /// <summary>
    /// The batched statement of <see cref="RelatedAsync"/> (public for tests of the compiled text): <c>UNWIND $keys</c>,
    /// then per parent a <c>CALL</c> subquery that seeks, orders and limits its related nodes, and, when asked, a
    /// <c>COUNT { }</c> of the matching ones (a degree lookup without a filter). Fixed names only; the filter's and
    /// the window's values are in <paramref name="parameters"/> (<c>$keys</c> is left to the caller).
    /// </summary>
    /// <exception cref="ArgumentException">The filter or order names something the target label does not have.</exception>
    public static string BuildRelatedCypher(
        RelationshipField field, RelatedQuery query, PageWindow window, bool withTotalCount, out Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(query);
        return BuildRelatedCypher(field, query.Filter, new KeysetPage(PageOrder.OfRelated(query.Order, field.TargetLabels), window), withTotalCount, out parameters);
    }

    private static string BuildRelatedCypher(
        RelationshipField field, EntityFilter? filter, KeysetPage page, bool withTotalCount, out Dictionary<string, object?> parameters)
    {
        parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var (left, right) = field.Direction == RelationshipDirection.Outgoing ? ("-[", "]->") : ("<-[", "]-");
        // The filter's own variables are r0, r1, … and its parameters f0, f1, …: neither meets p, r, n, key or $keys.
        var conditions = new List<string>();
        var farLabels = field.Direction == RelationshipDirection.Outgoing ? field.Relationship.ToLabels : field.Relationship.FromLabels;
        if (!farLabels.All(field.TargetLabels.Contains))
        {
            // The model lets other labels sit at the far end: keep only the field's.
            conditions.Add(string.Join(" OR ", field.TargetLabels.Select(l => "n:" + l)));
        }

        if (filter is not null)
        {
            conditions.Add(new FilterCompiler(parameters).Compile(filter, "n", field.TargetLabels));
        }

        var seek = page.Predicates("n", parameters);
        parameters["limit"] = page.Limit;
        var type = field.Relationship.Type;
        // A count without conditions leaves the far node unnamed and unlabelled, so the store answers it from the degree.
        var total = !withTotalCount
            ? string.Empty
            : conditions.Count == 0
                ? $", COUNT {{ (p){left}:{type}{right}() }} AS total"
                : $", COUNT {{ (p){left}:{type}{right}(n){Where(conditions)} }} AS total";
        return $$"""
            UNWIND $keys AS key
            MATCH (p:{{field.Owner}} {id: key})
            CALL {
              WITH p
              MATCH (p){{left}}r:{{type}}{{right}}(n){{Where([.. seek, .. conditions])}}
              WITH r, n ORDER BY {{page.OrderBy("n")}} LIMIT $limit
              RETURN collect(r) AS rels, collect(n) AS nodes
            }
            RETURN key, rels, nodes{{total}}
            """;
    }
}
