namespace GraphExplorer.Engine.Storage;

/// <summary>A relationship in the in-memory graph. Guarded by the store's lock.</summary>
internal sealed class StoredRelationship : StoredEntity
{
    public StoredRelationship(long id, string type, StoredNode start, StoredNode end)
        : base(id)
    {
        Type = type;
        Start = start;
        End = end;
    }

    /// <inheritdoc />
    public override bool IsNode => false;

    /// <summary>The relationship type (one string instance per type: the store interns it).</summary>
    public string Type { get; }

    /// <summary>Where the relationship starts.</summary>
    public StoredNode Start { get; }

    /// <summary>Where the relationship ends.</summary>
    public StoredNode End { get; }

    /// <summary>The endpoint that is not <paramref name="node"/> (the node itself for a self-loop).</summary>
    public StoredNode Other(StoredNode node) => ReferenceEquals(Start, node) ? End : Start;

    /// <inheritdoc />
    public override string ToString() => $"Relationship[{Id}]";
}
