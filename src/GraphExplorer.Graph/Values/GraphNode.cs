namespace GraphExplorer.Graph.Values;

/// <summary>A node as returned by either backend: element id, labels and properties.</summary>
/// <remarks>Equality is by <see cref="ElementId"/>: two reads of the same node compare equal.</remarks>
public sealed record GraphNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    /// <inheritdoc />
    public bool Equals(GraphNode? other) => other is not null && other.ElementId == ElementId;

    /// <inheritdoc />
    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}
