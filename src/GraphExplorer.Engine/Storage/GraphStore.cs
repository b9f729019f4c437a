namespace GraphExplorer.Engine.Storage;

/// <summary>
/// The in-memory graph: nodes, relationships with per-node adjacency lists, a label index, the schema
/// (constraints, indexes) and id allocation. Not thread-safe: callers hold the database's lock; every
/// change records its inverse in the transaction's undo log.
/// </summary>
internal sealed partial class GraphStore : IStoreUndoTarget
{
    /// <summary>Orders the nodes of a label by id, so label scans are deterministic without sorting.</summary>
    private static readonly IComparer<StoredNode> ById = Comparer<StoredNode>.Create((a, b) => a.Id.CompareTo(b.Id));

    private readonly EntityTable<StoredNode> _nodes = new();
    private readonly EntityTable<StoredRelationship> _relationships = new();

    /// <summary>One string instance per label and relationship type, whoever supplied it (a query, the log, a snapshot).</summary>
    private readonly Durability.NameTable _names = new();
    private readonly Dictionary<string, SortedSet<StoredNode>> _labelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PropertyIndex> _propertyIndexes = new(StringComparer.Ordinal);
    private readonly List<ConstraintRule> _constraints = [];
    private readonly List<IndexRule> _indexes = [];
    private long _nextNodeId;
    private long _nextRelationshipId;
    private long _nextSchemaId = 1;

    /// <summary>Changes whenever the schema changes, so cached plans that chose an index are replanned.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>The live nodes, in id order.</summary>
    public IEnumerable<StoredNode> Nodes => _nodes.Enumerate();

    /// <summary>The live relationships, in id order.</summary>
    public IEnumerable<StoredRelationship> Relationships => _relationships.Enumerate();

    /// <summary>How many nodes are live.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>How many relationships are live.</summary>
    public int RelationshipCount => _relationships.Count;

    /// <summary>The constraints, oldest first.</summary>
    public IReadOnlyList<ConstraintRule> Constraints => _constraints;

    /// <summary>The indexes, oldest first.</summary>
    public IReadOnlyList<IndexRule> Indexes => _indexes;

    /// <summary>The next ids to allocate (persisted so ids are never reused after a restart).</summary>
    public (long Node, long Relationship, long Schema) NextIds => (_nextNodeId, _nextRelationshipId, _nextSchemaId);

    /// <summary>The live nodes carrying <paramref name="label"/>, in id order.</summary>
    public IReadOnlyCollection<StoredNode> NodesWithLabel(string label) =>
        _labelIndex.TryGetValue(label, out var nodes) ? nodes : [];

    /// <summary>The live node with this id, if any.</summary>
    public StoredNode? FindNode(long id) => _nodes.Find(id);

    /// <summary>The live relationship with this id, if any.</summary>
    public StoredRelationship? FindRelationship(long id) => _relationships.Find(id);

    /// <summary>A property index over exactly (<paramref name="label"/>, <paramref name="property"/>), if a constraint or range index created one.</summary>
    public PropertyIndex? FindPropertyIndex(string label, string property) =>
        _propertyIndexes.GetValueOrDefault(IndexKey(label, [property]));

    /// <summary>Every property key used by a live node or relationship.</summary>
    public IEnumerable<string> PropertyKeys() =>
        Nodes.SelectMany(n => n.Properties.Keys)
            .Concat(Relationships.SelectMany(r => r.Properties.Keys))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Every label of a live node.</summary>
    public IEnumerable<string> Labels() => _labelIndex.Where(e => e.Value.Count > 0).Select(e => e.Key);

    /// <summary>Every type of a live relationship.</summary>
    public IEnumerable<string> RelationshipTypes() => Relationships.Select(r => r.Type).Distinct(StringComparer.Ordinal);

    private static string IndexKey(string label, IReadOnlyList<string> properties) =>
        label + "\u0000" + string.Join("\u0000", properties);
}
