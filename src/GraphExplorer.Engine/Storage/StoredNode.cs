namespace GraphExplorer.Engine.Storage;

/// <summary>A node in the in-memory graph: labels, properties and its adjacency lists. Guarded by the store's lock.</summary>
internal sealed class StoredNode : StoredEntity
{
    public StoredNode(long id)
        : base(id)
    {
    }

    /// <inheritdoc />
    public override bool IsNode => true;

    /// <summary>Labels in the order they were added (strings interned by the store).</summary>
    public List<string> Labels { get; } = [];

    private AdjacencyList? _outgoing;
    private AdjacencyList? _incoming;

    /// <summary>Relationships that start here, oldest first.</summary>
    public AdjacencyList Outgoing => _outgoing ?? AdjacencyList.Empty;

    /// <summary>Relationships that end here, oldest first.</summary>
    public AdjacencyList Incoming => _incoming ?? AdjacencyList.Empty;

    /// <summary>Whether the node carries <paramref name="label"/>.</summary>
    public bool HasLabel(string label)
    {
        // A loop instead of LINQ's Contains: label checks run for every candidate of every scan and expand.
        for (var i = 0; i < Labels.Count; i++)
        {
            if (string.Equals(Labels[i], label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any live relationship touches the node.</summary>
    public bool HasRelationships => Outgoing.Count > 0 || Incoming.Count > 0;

    /// <summary>Allocates the adjacency lists for as many relationships as a load will add at each end (store only).</summary>
    internal void ReserveRelationships(EntityTable<StoredRelationship> relationships, int outgoing, int incoming)
    {
        if (outgoing > 0)
        {
            _outgoing ??= new AdjacencyList(relationships, outgoing);
        }

        if (incoming > 0)
        {
            _incoming ??= new AdjacencyList(relationships, incoming);
        }
    }

    /// <summary>The outgoing list to write to, allocated on the first relationship (store only).</summary>
    internal AdjacencyList OutgoingForWrite(EntityTable<StoredRelationship> relationships) => _outgoing ??= new AdjacencyList(relationships);

    /// <summary>The incoming list to write to, allocated on the first relationship (store only).</summary>
    internal AdjacencyList IncomingForWrite(EntityTable<StoredRelationship> relationships) => _incoming ??= new AdjacencyList(relationships);

    /// <inheritdoc />
    public override string ToString() => $"Node[{Id}]";
}
