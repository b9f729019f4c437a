namespace GraphExplorer.Core.Traversals;

/// <summary>An entity named by its label and stable <c>id</c> property.</summary>
/// <param name="Label">One of <see cref="EntityLabels.All"/>.</param>
/// <param name="Id">The node's stable <c>id</c> property.</param>
public sealed record NodeReference(string Label, string Id)
{
    /// <summary>Fails with an <see cref="ArgumentException"/> unless the label is an entity label.</summary>
    public NodeReference Validated() =>
        EntityLabels.IsEntity(Label) ? this : throw new ArgumentException($"'{Label}' is not an entity type.", nameof(Label));
}
