namespace GraphExplorer.Graph.Values;

/// <summary>A relationship as returned by either backend.</summary>
/// <remarks>Equality is by <see cref="ElementId"/>.</remarks>
public sealed record GraphRelationship(
    string ElementId,
    string Type,
    string StartElementId,
    string EndElementId,
    IReadOnlyDictionary<string, object?> Properties)
{
    /// <inheritdoc />
    public bool Equals(GraphRelationship? other) => other is not null && other.ElementId == ElementId;

    /// <inheritdoc />
    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}
