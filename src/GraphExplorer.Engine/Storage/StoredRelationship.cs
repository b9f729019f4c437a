using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage;

/// <summary>A relationship in the in-memory graph. Guarded by the store's lock.</summary>
internal sealed class StoredRelationship : IEntityValue
{
    public StoredRelationship(long id, string type, StoredNode start, StoredNode end)
    {
        Id = id;
        Type = type;
        Start = start;
        End = end;
    }

    /// <summary>The relationship's id, unique for the life of the store.</summary>
    public long Id { get; }

    /// <inheritdoc />
    public bool IsNode => false;

    /// <summary>The relationship type.</summary>
    public string Type { get; }

    /// <summary>Where the relationship starts.</summary>
    public StoredNode Start { get; }

    /// <summary>Where the relationship ends.</summary>
    public StoredNode End { get; }

    /// <summary>Properties in the order they were first set.</summary>
    public OrderedDictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the relationship was deleted.</summary>
    public bool IsDeleted { get; set; }

    /// <summary>The endpoint that is not <paramref name="node"/> (the node itself for a self-loop).</summary>
    public StoredNode Other(StoredNode node) => ReferenceEquals(Start, node) ? End : Start;

    /// <inheritdoc />
    public override string ToString() => $"Relationship[{Id}]";
}
