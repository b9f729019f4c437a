namespace GraphExplorer.Engine.Values;

/// <summary>A path as a runtime value: <c>Nodes.Count == Relationships.Count + 1</c>, in traversal order.</summary>
internal interface IPathValue
{
    /// <summary>The nodes along the path.</summary>
    IReadOnlyList<IEntityValue> Nodes { get; }

    /// <summary>The relationships along the path.</summary>
    IReadOnlyList<IEntityValue> Relationships { get; }
}
