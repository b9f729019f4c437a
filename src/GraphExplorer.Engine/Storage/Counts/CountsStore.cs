namespace GraphExplorer.Engine.Storage.Counts;

/// <summary>What a <see cref="CountKey"/> counts.</summary>
internal enum CountKind : byte
{
    /// <summary>Relationships of a type (<c>()-[:T]->()</c>).</summary>
    Type,

    /// <summary>Relationships leaving a node with a label, of a type or of any type (<c>(:L)-[:T]->()</c>).</summary>
    Outgoing,

    /// <summary>Relationships reaching a node with a label, of a type or of any type (<c>()-[:T]->(:L)</c>).</summary>
    Incoming,

    /// <summary>Self-loops of a type or of any type, at a node with a label or at any node.</summary>
    Loop,
}

/// <summary>One counter of the counts store; a null label or type means "any".</summary>
internal readonly record struct CountKey(CountKind Kind, string? Label, string? Type);

/// <summary>
/// The relationship counters of Neo4j's counts store: per type, per (start label, type) and per (type, end
/// label), with "any type" rows, plus self-loops (so an undirected count is exact). Node counts come from the
/// label index, degrees from the adjacency lists. Kept by the store on every link, unlink and label change;
/// a counter that reaches zero is removed, so two stores with the same data hold equal maps. Not thread-safe:
/// guarded by the store's lock.
/// </summary>
internal sealed class CountsStore
{
    private readonly Dictionary<CountKey, long> _counts = [];

    /// <summary>Every non-zero counter (for the consistency checker).</summary>
    public IReadOnlyDictionary<CountKey, long> Counters => _counts;

    /// <summary>The value of one counter.</summary>
    public long Get(CountKind kind, string? label, string? type) => _counts.GetValueOrDefault(new CountKey(kind, label, type));

    /// <summary>Forgets every counter (before a rebuild).</summary>
    public void Clear() => _counts.Clear();

    /// <summary>Counts a relationship in (<paramref name="delta"/> = 1) or out (-1), with the labels its ends carry now.</summary>
    public void Relationship(StoredRelationship relationship, int delta)
    {
        var type = relationship.Type;
        Add(new CountKey(CountKind.Type, null, type), delta);
        var loop = ReferenceEquals(relationship.Start, relationship.End);
        if (loop)
        {
            Add(new CountKey(CountKind.Loop, null, type), delta);
            Add(new CountKey(CountKind.Loop, null, null), delta);
        }

        foreach (var label in relationship.Start.Labels)
        {
            Add(new CountKey(CountKind.Outgoing, label, type), delta);
            Add(new CountKey(CountKind.Outgoing, label, null), delta);
            if (loop)
            {
                Add(new CountKey(CountKind.Loop, label, type), delta);
                Add(new CountKey(CountKind.Loop, label, null), delta);
            }
        }

        foreach (var label in relationship.End.Labels)
        {
            Add(new CountKey(CountKind.Incoming, label, type), delta);
            Add(new CountKey(CountKind.Incoming, label, null), delta);
        }
    }

    /// <summary>
    /// Moves a node's relationships into (<paramref name="delta"/> = 1) or out of (-1) the counters of
    /// <paramref name="label"/>, from the node's per-type tallies: O(types at the node), not O(degree).
    /// </summary>
    public void Label(StoredNode node, string label, int delta)
    {
        foreach (var (type, count, loops) in node.Outgoing.Tallies())
        {
            Add(new CountKey(CountKind.Outgoing, label, type), delta * count);
            Add(new CountKey(CountKind.Loop, label, type), delta * loops);
        }

        foreach (var (type, count, _) in node.Incoming.Tallies())
        {
            Add(new CountKey(CountKind.Incoming, label, type), delta * count);
        }

        Add(new CountKey(CountKind.Outgoing, label, null), delta * node.Outgoing.Count);
        Add(new CountKey(CountKind.Incoming, label, null), delta * node.Incoming.Count);
        Add(new CountKey(CountKind.Loop, label, null), delta * node.Outgoing.Loops(null));
    }

    private void Add(CountKey key, long delta)
    {
        if (delta == 0)
        {
            return;
        }

        ref var value = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _);
        value += delta;
        if (value == 0)
        {
            _counts.Remove(key);
        }
    }
}
