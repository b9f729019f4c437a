namespace GraphExplorer.Graph.Values;

/// <summary>A path: <c>Nodes.Count == Relationships.Count + 1</c>, in traversal order.</summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <inheritdoc />
    public bool Equals(GraphPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var node in Nodes)
        {
            hash.Add(node);
        }

        foreach (var relationship in Relationships)
        {
            hash.Add(relationship);
        }

        return hash.ToHashCode();
    }
}
