using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Export;

/// <summary>
/// A whole graph (or a neighbourhood of it) read from a database, with each node's label and stable id.
/// Immutable once read, so thread-safe.
/// </summary>
public sealed class ExportedGraph
{
    private ExportedGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
        ById = nodes.ToDictionary(n => n.ElementId, StringComparer.Ordinal);
    }

    /// <summary>Nodes ordered by label and id.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Relationships whose both ends are in <see cref="Nodes"/>, ordered by type and ends.</summary>
    public IReadOnlyList<GraphRelationship> Relationships { get; }

    /// <summary>The nodes by element id.</summary>
    public IReadOnlyDictionary<string, GraphNode> ById { get; }

    /// <summary>Reads every node and relationship in one read transaction.</summary>
    public static async Task<ExportedGraph> ReadAsync(IGraphDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var transaction = await database.BeginTransactionAsync(AccessMode.Read, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var nodes = await transaction.RunAsync("MATCH (n) RETURN n", null, cancellationToken).ConfigureAwait(false);
            var relationships = await transaction.RunAsync("MATCH ()-[r]->() RETURN r", null, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return Create(
                nodes.Rows.Select(r => (GraphNode)r[0]!),
                relationships.Rows.Select(r => (GraphRelationship)r[0]!));
        }
    }

    /// <summary>The label a node is exported under (its first label).</summary>
    public static string LabelOf(GraphNode node) => node.Labels.Count > 0 ? node.Labels[0] : "Node";

    /// <summary>The node's stable <c>id</c> property (its element id when it has none).</summary>
    public static string IdOf(GraphNode node) => node.Properties.TryGetValue("id", out var id) && id is string s ? s : node.ElementId;

    /// <summary>The nodes within <paramref name="depth"/> hops of the node with stable id <paramref name="id"/>, and the relationships among them.</summary>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public ExportedGraph Neighborhood(string id, int depth)
    {
        var start = Nodes.FirstOrDefault(n => IdOf(n) == id) ?? throw new KeyNotFoundException($"No node has id '{id}'.");
        var adjacency = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relationship in Relationships)
        {
            Add(relationship.StartElementId, relationship.EndElementId);
            Add(relationship.EndElementId, relationship.StartElementId);
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { start.ElementId };
        var frontier = new List<string> { start.ElementId };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            frontier = [.. frontier.SelectMany(e => adjacency.GetValueOrDefault(e) ?? []).Where(reached.Add)];
        }

        return Create(Nodes.Where(n => reached.Contains(n.ElementId)), Relationships);

        void Add(string from, string to)
        {
            if (!adjacency.TryGetValue(from, out var list))
            {
                adjacency[from] = list = [];
            }

            list.Add(to);
        }
    }

    private static ExportedGraph Create(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        var ordered = nodes.OrderBy(LabelOf, StringComparer.Ordinal).ThenBy(IdOf, StringComparer.Ordinal).ToList();
        var present = ordered.ToDictionary(n => n.ElementId, StringComparer.Ordinal);
        var kept = relationships
            .Where(r => present.ContainsKey(r.StartElementId) && present.ContainsKey(r.EndElementId))
            .OrderBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => IdOf(present[r.StartElementId]), StringComparer.Ordinal)
            .ThenBy(r => IdOf(present[r.EndElementId]), StringComparer.Ordinal)
            .ToList();
        return new ExportedGraph(ordered, kept);
    }
}
