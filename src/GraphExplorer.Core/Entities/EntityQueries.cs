using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Entities;

/// <summary>
/// Reads entities: pages of one label with filter and order, nodes by id, and related nodes of many parents in
/// one statement (for batching). Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed class EntityQueries(IGraphDatabase database)
{
    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>One page of <paramref name="label"/> entities matching <paramref name="filter"/>, in <paramref name="order"/>; one round trip.</summary>
    /// <exception cref="ArgumentException">The label, a filtered property or a sort key is not in the model.</exception>
    public async Task<(EntityPage Page, int Start)> PageAsync(
        string label, EntityFilter? filter, IReadOnlyList<EntityOrder> order, PageWindow window, CancellationToken cancellationToken)
    {
        var entity = EntityCatalog.Entity(label) ?? throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));
        var cypher = BuildPageCypher(entity, filter, order, window, out var parameters);
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var row = result.Records().Single();
        var items = ((IEnumerable<object?>)row["page"]!).OfType<GraphNode>().Select(n => ToRecord(n, label)).ToList();
        return (new EntityPage(items, ToInt(row["total"])), ToInt(row["start"]));
    }

    /// <summary>The Cypher and parameters of <see cref="PageAsync"/> (public for tests of the compiled text).</summary>
    public static string BuildPageCypher(
        EntitySpec entity, EntityFilter? filter, IReadOnlyList<EntityOrder> order, PageWindow window, out Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(window);
        parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["after"] = (long?)window.After,
            ["before"] = (long?)window.Before,
            ["first"] = (long?)window.First,
            ["last"] = (long?)window.Last,
        };
        string[] labels = [entity.Label];
        var where = filter is null ? string.Empty : " WHERE " + new FilterCompiler(parameters).Compile(filter, "n", labels);

        // The window is resolved in the statement, as PageWindow.Resolve does, so `last` needs no separate count.
        return $"""
            MATCH (n:{entity.Label}){where}
            WITH n ORDER BY {FilterCompiler.OrderBy(order, "n", labels)}
            WITH collect(n) AS items
            WITH items, size(items) AS total
            WITH items, total, CASE WHEN $after IS NULL THEN 0 WHEN $after + 1 > total THEN total ELSE $after + 1 END AS start
            WITH items, total, start, CASE WHEN $before IS NULL OR $before > total THEN total WHEN $before < start THEN start ELSE $before END AS stop
            WITH items, total, start, CASE WHEN $first IS NOT NULL AND start + $first < stop THEN start + $first ELSE stop END AS stop
            WITH items, total, stop, CASE WHEN $last IS NOT NULL AND stop - $last > start THEN stop - $last ELSE start END AS start
            RETURN total, start, items[start..stop] AS page
            """;
    }

    /// <summary>The nodes with the given labels and ids (pairs); missing ones are absent from the answer. One round trip.</summary>
    public async Task<IReadOnlyList<EntityRecord>> GetAsync(IReadOnlyCollection<(string Label, string Id)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var known = keys.Where(k => EntityCatalog.Entity(k.Label) is not null).Distinct().ToList();
        if (known.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ids"] = known.Select(k => (object?)k.Id).Distinct().ToList(),
        };
        // With one label the lookup uses the label's id constraint; mixed labels (nodes(ids:)) scan by id.
        var labels = known.Select(k => k.Label).Distinct().ToList();
        var match = labels.Count == 1 ? "MATCH (n:" + labels[0] + ")" : "MATCH (n)";
        var result = await _database.RunAsync(
            match + " WHERE n.id IN $ids RETURN n", parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var records = new List<EntityRecord>();
        foreach (var node in result.Records().Select(r => r["n"]).OfType<GraphNode>())
        {
            foreach (var label in node.Labels.Where(l => EntityCatalog.Entity(l) is not null))
            {
                var record = ToRecord(node, label);
                if (known.Contains((label, record.Id)))
                {
                    records.Add(record);
                }
            }
        }

        return records;
    }

    /// <summary>
    /// The nodes related over <paramref name="field"/> to each of <paramref name="parentIds"/>, ordered by the
    /// target's display property and id, with the relationship's properties. One round trip for all parents.
    /// </summary>
    public Task<ILookup<string, RelatedRecord>> RelatedAsync(RelationshipField field, IReadOnlyCollection<string> parentIds, CancellationToken cancellationToken) =>
        RelatedAsync(field, parentIds, RelatedQuery.All, cancellationToken);

    /// <summary>
    /// The nodes related over <paramref name="field"/> to each of <paramref name="parentIds"/> that match
    /// <paramref name="query"/>'s filter, in its order (then by id), with the relationship's properties. One round
    /// trip for all parents.
    /// </summary>
    /// <exception cref="ArgumentException">The filter or order names something the target label does not have.</exception>
    public async Task<ILookup<string, RelatedRecord>> RelatedAsync(
        RelationshipField field, IReadOnlyCollection<string> parentIds, RelatedQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(parentIds);
        var cypher = BuildRelatedCypher(field, query, out var parameters);
        parameters["keys"] = parentIds.Distinct().Select(k => (object?)k).ToList();
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var related = new List<RelatedRecord>();
        foreach (var row in result.Records())
        {
            var node = (GraphNode)row["n"]!;
            var label = node.Labels.FirstOrDefault(field.TargetLabels.Contains) ?? field.TargetLabels[0];
            related.Add(new RelatedRecord((string)row["key"]!, ToRecord(node, label), ((GraphRelationship)row["r"]!).Properties));
        }

        return related.ToLookup(r => r.ParentId, StringComparer.Ordinal);
    }

    /// <summary>The batched statement of <see cref="RelatedAsync(RelationshipField, IReadOnlyCollection{string}, CancellationToken)"/>.</summary>
    public static string BuildRelatedCypher(RelationshipField field) => BuildRelatedCypher(field, RelatedQuery.All, out _);

    /// <summary>
    /// The batched statement of <see cref="RelatedAsync(RelationshipField, IReadOnlyCollection{string}, RelatedQuery, CancellationToken)"/>:
    /// <c>UNWIND $keys</c>, one pattern, fixed names only; the filter's values are in <paramref name="parameters"/>
    /// (<c>$keys</c> is left to the caller).
    /// </summary>
    public static string BuildRelatedCypher(RelationshipField field, RelatedQuery query, out Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(query);
        parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var arrow = field.Direction == RelationshipDirection.Outgoing
            ? $"-[r:{field.Relationship.Type}]->"
            : $"<-[r:{field.Relationship.Type}]-";
        var labelTest = string.Join(" OR ", field.TargetLabels.Select(l => "n:" + l));
        // The filter's own variables are r0, r1, … and its parameters f0, f1, …: neither meets p, r, n, key or $keys.
        var where = query.Filter is null
            ? labelTest
            : "(" + labelTest + ") AND " + new FilterCompiler(parameters).Compile(query.Filter, "n", field.TargetLabels);
        // Without sort keys the display property orders the list, as before filtering existed; with them the root
        // connections' rule holds: the keys, then the stable id.
        var order = query.Order.Count == 0
            ? "coalesce(n.name, n.title, n.id), n.id"
            : FilterCompiler.OrderBy(query.Order, "n", field.TargetLabels);
        return $$"""
            UNWIND $keys AS key
            MATCH (p:{{field.Owner}} {id: key}){{arrow}}(n)
            WHERE {{where}}
            RETURN key, r, n ORDER BY key, {{order}}
            """;
    }

    /// <summary>A node as a record of <paramref name="label"/>.</summary>
    public static EntityRecord ToRecord(GraphNode node, string label)
    {
        ArgumentNullException.ThrowIfNull(node);
        var id = node.Properties.TryGetValue(EntityCatalog.IdProperty, out var value) && value is string text ? text : node.ElementId;
        return new EntityRecord(label, id, node.Properties);
    }

    private static int ToInt(object? value) => value is long number ? checked((int)number) : 0;
}
