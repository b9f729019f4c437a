using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Entities;

/// <summary>
/// Reads entities: pages of one label with filter and order, nodes by id, and related nodes of many parents in
/// one statement (for batching). Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed partial class EntityQueries(IGraphDatabase database)
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();
    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>
    /// One page of <paramref name="label"/> entities matching <paramref name="filter"/>, in <paramref name="order"/> (then
    /// by id), read by seeking from the window's cursor: one statement, and a second, <c>count</c>, when
    /// <paramref name="withTotalCount"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The label, a filtered property or a sort key is not in the model, or a cursor key is not of this order.</exception>
    public async Task<EntityPage> PageAsync(
        string label, EntityFilter? filter, PageOrder order, PageWindow window, bool withTotalCount, CancellationToken cancellationToken)
    {
        var entity = EntityCatalog.Entity(label) ?? throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));
        var page = new KeysetPage(order, window);
        var cypher = BuildPageCypher(entity, filter, page, out var parameters);
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var rows = result.Records()
            .Select(r => (ToRecord((GraphNode)r["n"]!, label), NoProperties))
            .ToList();
        var total = withTotalCount ? await CountAsync(entity, filter, cancellationToken).ConfigureAwait(false) : null;
        return page.Shape(rows, total);
    }

    /// <summary>How many <paramref name="label"/> entities match <paramref name="filter"/>; one round trip.</summary>
    /// <exception cref="ArgumentException">The label or a filtered property is not in the model.</exception>
    public async Task<int> CountAsync(string label, EntityFilter? filter, CancellationToken cancellationToken)
    {
        var entity = EntityCatalog.Entity(label) ?? throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));
        return (await CountAsync(entity, filter, cancellationToken).ConfigureAwait(false))!.Value;
    }

    /// <summary>
    /// The statement of a page (public for tests of the compiled text): the filter and the seek predicates AND-ed,
    /// <c>ORDER BY</c> the keys and the id, <c>LIMIT</c> one more than the page, e.g.
    /// <c>MATCH (n:Official) WHERE n.id &gt; $after RETURN n ORDER BY n.id ASC LIMIT $limit</c>.
    /// </summary>
    public static string BuildPageCypher(EntitySpec entity, EntityFilter? filter, PageOrder order, PageWindow window, out Dictionary<string, object?> parameters) =>
        BuildPageCypher(entity, filter, new KeysetPage(order, window), out parameters);

    /// <summary>
    /// The count statement: <c>MATCH (n:L) RETURN count(n) AS total</c> without a filter (the store's label count),
    /// the filter in a <c>WHERE</c> with one.
    /// </summary>
    public static string BuildCountCypher(EntitySpec entity, EntityFilter? filter, out Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(entity);
        parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var where = filter is null ? string.Empty : " WHERE " + new FilterCompiler(parameters).Compile(filter, "n", [entity.Label]);
        return $"MATCH (n:{entity.Label}){where} RETURN count(n) AS total";
    }

    private static string BuildPageCypher(EntitySpec entity, EntityFilter? filter, KeysetPage page, out Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(entity);
        parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        string[] labels = [entity.Label];
        // The filter first, so its parameters (f0, f1, …) are named before the seek's (after…, before…, limit).
        var filterText = filter is null ? null : new FilterCompiler(parameters).Compile(filter, "n", labels);
        var predicates = page.Predicates("n", parameters).ToList();
        if (filterText is not null)
        {
            predicates.Add(filterText);
        }

        parameters["limit"] = page.Limit;
        return $"MATCH (n:{entity.Label}){Where(predicates)} RETURN n ORDER BY {page.OrderBy("n")} LIMIT $limit";
    }

    private async Task<int?> CountAsync(EntitySpec entity, EntityFilter? filter, CancellationToken cancellationToken)
    {
        var cypher = BuildCountCypher(entity, filter, out var parameters);
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return ToInt(result.Records().Single()["total"]);
    }

    /// <summary><c> WHERE a AND b</c> for the predicates, each holding <c>OR</c> in parentheses; nothing for none.</summary>
    internal static string Where(IReadOnlyList<string> predicates) => predicates.Count == 0
        ? string.Empty
        : " WHERE " + string.Join(" AND ", predicates.Select(p => p.Contains(" OR ", StringComparison.Ordinal) ? "(" + p + ")" : p));

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

    /// <summary>A node as a record of <paramref name="label"/>.</summary>
    public static EntityRecord ToRecord(GraphNode node, string label)
    {
        ArgumentNullException.ThrowIfNull(node);
        var id = node.Properties.TryGetValue(EntityCatalog.IdProperty, out var value) && value is string text ? text : node.ElementId;
        return new EntityRecord(label, id, node.Properties);
    }

    private static int ToInt(object? value) => value is long number ? checked((int)number) : 0;
}
