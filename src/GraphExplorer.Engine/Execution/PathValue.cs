using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution;

/// <summary>A path as a runtime value: nodes and relationships in traversal order.</summary>
internal sealed class PathValue : IPathValue
{
    public PathValue(IReadOnlyList<StoredNode> nodes, IReadOnlyList<StoredRelationship> relationships)
    {
        NodeList = nodes;
        RelationshipList = relationships;
    }

    /// <summary>The nodes, typed.</summary>
    public IReadOnlyList<StoredNode> NodeList { get; }

    /// <summary>The relationships, typed.</summary>
    public IReadOnlyList<StoredRelationship> RelationshipList { get; }

    /// <inheritdoc />
    public IReadOnlyList<IEntityValue> Nodes => NodeList;

    /// <inheritdoc />
    public IReadOnlyList<IEntityValue> Relationships => RelationshipList;

    /// <summary>The number of relationships.</summary>
    public int Length => RelationshipList.Count;
}
