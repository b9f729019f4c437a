using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;
using GraphExplorer.Tck.Values;

namespace GraphExplorer.Tck.Running;

/// <summary>
/// What the TCK's side-effect metrics observe of a graph (README.adoc, "Observability of side effects"):
/// node and relationship ids, (entity, key, value) property triples and the distinct labels.
/// Read with the two simplest queries, <c>MATCH (n) RETURN n</c> and <c>MATCH ()-[r]->() RETURN r</c>.
/// </summary>
internal sealed record GraphSnapshot(
    IReadOnlySet<string> Nodes,
    IReadOnlySet<string> Relationships,
    IReadOnlySet<string> Properties,
    IReadOnlySet<string> Labels)
{
    /// <summary>Reads the snapshot of <paramref name="database"/>.</summary>
    public static async Task<GraphSnapshot> TakeAsync(IGraphDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var nodes = await database.RunAsync("MATCH (n) RETURN n", null, AccessMode.Write, cancellationToken).ConfigureAwait(false);
        var relationships = await database.RunAsync("MATCH ()-[r]->() RETURN r", null, AccessMode.Write, cancellationToken).ConfigureAwait(false);
        return From(
            nodes.Rows.Select(row => row[0]).OfType<GraphNode>(),
            relationships.Rows.Select(row => row[0]).OfType<GraphRelationship>());
    }

    /// <summary>The snapshot of the given elements.</summary>
    public static GraphSnapshot From(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        var relationshipIds = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            nodeIds.Add(node.ElementId);
            labels.UnionWith(node.Labels);
            AddProperties(properties, "node " + node.ElementId, node.Properties);
        }

        foreach (var relationship in relationships)
        {
            relationshipIds.Add(relationship.ElementId);
            AddProperties(properties, "relationship " + relationship.ElementId, relationship.Properties);
        }

        return new GraphSnapshot(nodeIds, relationshipIds, properties, labels);
    }

    /// <summary>The TCK's side-effect quantities from this snapshot (before) to <paramref name="after"/>.</summary>
    public IReadOnlyDictionary<string, int> SideEffectsTo(GraphSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["+nodes"] = after.Nodes.Count(id => !Nodes.Contains(id)),
            ["-nodes"] = Nodes.Count(id => !after.Nodes.Contains(id)),
            ["+relationships"] = after.Relationships.Count(id => !Relationships.Contains(id)),
            ["-relationships"] = Relationships.Count(id => !after.Relationships.Contains(id)),
            ["+properties"] = after.Properties.Count(p => !Properties.Contains(p)),
            ["-properties"] = Properties.Count(p => !after.Properties.Contains(p)),
            ["+labels"] = after.Labels.Count(l => !Labels.Contains(l)),
            ["-labels"] = Labels.Count(l => !after.Labels.Contains(l)),
        };
    }

    private static void AddProperties(HashSet<string> triples, string entity, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                triples.Add($"{entity} {key} = {CanonicalValue.Format(value)}");
            }
        }
    }
}
