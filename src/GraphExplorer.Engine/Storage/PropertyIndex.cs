using GraphExplorer.Engine.Storage.Indexes;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage;

/// <summary>
/// Nodes of one label keyed by the values of some properties: a hash map with Cypher value equivalence
/// (1 and 1.0 are the same key) for equality seeks and unique constraints, and the same entries ordered
/// by the keys' ORDER BY order then node id (<see cref="OrderedIndexEntries"/>) for ordered scans and
/// range seeks. Backs unique constraints and range indexes. Guarded by the store's lock.
/// </summary>
internal sealed class PropertyIndex
{
    private readonly Dictionary<object, HashSet<StoredNode>> _entries = new(KeyComparer.Instance);
    private readonly OrderedIndexEntries _ordered = new();

    public PropertyIndex(string label, IReadOnlyList<string> properties)
    {
        Label = label;
        Properties = properties;
    }

    /// <summary>The label of the indexed nodes.</summary>
    public string Label { get; }

    /// <summary>The indexed properties, in key order.</summary>
    public IReadOnlyList<string> Properties { get; }

    /// <summary>How many rules (constraints, indexes) use this index; it is dropped at zero.</summary>
    public int Users { get; set; }

    /// <summary>The key of a node, or <c>null</c> when the node lacks the label or one of the properties.</summary>
    public object? KeyOf(StoredNode node)
    {
        if (!node.HasLabel(Label))
        {
            return null;
        }

        if (Properties.Count == 1)
        {
            return node.GetProperty(Properties[0]);
        }

        var values = new object?[Properties.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!node.TryGetProperty(Properties[i], out var value) || value is null)
            {
                return null;
            }

            values[i] = value;
        }

        return values;
    }

    /// <summary>How many (key, node) entries the index holds.</summary>
    public int EntryCount => _ordered.Count;

    /// <summary>The nodes whose key is equivalent to <paramref name="key"/>.</summary>
    public IReadOnlyCollection<StoredNode> Seek(object key) =>
        _entries.TryGetValue(key, out var nodes) ? nodes : [];

    /// <summary>Adds the node under its key, if it has one.</summary>
    public void Add(StoredNode node)
    {
        if (KeyOf(node) is { } key)
        {
            if (!_entries.TryGetValue(key, out var nodes))
            {
                nodes = [];
                _entries[key] = nodes;
            }

            if (nodes.Add(node))
            {
                _ordered.Add(key, node);
            }
        }
    }

    /// <summary>
    /// The indexed nodes in key order (node id breaking ties, also when <paramref name="descending"/>), all of
    /// them or those whose key is in <paramref name="range"/>; lazily, so the index must not change meanwhile.
    /// </summary>
    public IEnumerable<StoredNode> Ordered(IndexRange? range, bool descending)
    {
        if (range is { IsEmpty: true })
        {
            return [];
        }

        var entries = (range, descending) switch
        {
            (null, false) => _ordered.Forward(_ => false, _ => true),
            (null, true) => _ordered.Backward(_ => true, _ => true),
            (_, false) => _ordered.Forward(range.Before, key => !range.After(key)),
            (_, true) => _ordered.Backward(key => !range.After(key), key => !range.Before(key)),
        };
        return entries.Select(e => e.Node);
    }

    /// <summary>Removes the node from its current key.</summary>
    public void Remove(StoredNode node)
    {
        if (KeyOf(node) is { } key && _entries.TryGetValue(key, out var nodes))
        {
            if (nodes.Remove(node))
            {
                _ordered.Remove(key, node);
            }

            if (nodes.Count == 0)
            {
                _entries.Remove(key);
            }
        }
    }

    /// <summary>Whether a node other than <paramref name="node"/> already holds the same key.</summary>
    public StoredNode? FindOther(StoredNode node)
    {
        if (KeyOf(node) is not { } key || !_entries.TryGetValue(key, out var nodes))
        {
            return null;
        }

        return nodes.FirstOrDefault(other => !ReferenceEquals(other, node));
    }

    /// <summary>Whether two nodes share a key (used to find duplicates before a constraint is created).</summary>
    public bool HasDuplicates(out object? duplicateKey)
    {
        foreach (var (key, nodes) in _entries)
        {
            if (nodes.Count > 1)
            {
                duplicateKey = key;
                return true;
            }
        }

        duplicateKey = null;
        return false;
    }

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public static readonly KeyComparer Instance = new();

        public new bool Equals(object? x, object? y) => CypherEquality.Equivalence.Equals(x, y);

        public int GetHashCode(object obj) => CypherEquality.Equivalence.GetHashCode(obj);
    }
}
