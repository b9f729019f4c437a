using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage.Bulk;

/// <summary>
/// Finds nodes by (label, key property value) for one bulk batch: through the property index of a unique
/// constraint or range index on (label, key) when there is one, else through a key map built from one scan
/// of the label and kept up to date with the nodes the batch creates. Keys compare with Cypher equivalence
/// (1 and 1.0 are the same key). Where several nodes share a key (possible only without a unique
/// constraint) the one with the lowest id is used. Lives for one batch, under the write lock.
/// </summary>
internal sealed class NodeKeyLookup(GraphStore store, string keyProperty)
{
    private readonly Dictionary<string, PropertyIndex?> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<object, StoredNode>> _scanned = new(StringComparer.Ordinal);

    /// <summary>The node with this label and key, or <c>null</c>.</summary>
    public StoredNode? Find(string label, object key)
    {
        if (Index(label) is { } index)
        {
            StoredNode? lowest = null;
            foreach (var node in index.Seek(key))
            {
                if (lowest is null || node.Id < lowest.Id)
                {
                    lowest = node;
                }
            }

            return lowest;
        }

        return Scanned(label).GetValueOrDefault(key);
    }

    /// <summary>Tells the lookup a node with this label now exists (the index, if any, already knows).</summary>
    public void Created(string label, StoredNode node)
    {
        if (_scanned.TryGetValue(label, out var keys) && node.GetProperty(keyProperty) is { } key)
        {
            keys.TryAdd(key, node);
        }
    }

    /// <summary>Drops what was learnt about a label (a row changed the key property of one of its nodes).</summary>
    public void Forget(string label) => _scanned.Remove(label);

    private PropertyIndex? Index(string label)
    {
        if (!_indexes.TryGetValue(label, out var index))
        {
            // The schema cannot change during a batch (it holds the write lock), so the answer is cached.
            index = store.FindPropertyIndex(label, keyProperty);
            _indexes[label] = index;
        }

        return index;
    }

    private Dictionary<object, StoredNode> Scanned(string label)
    {
        if (!_scanned.TryGetValue(label, out var keys))
        {
            keys = new Dictionary<object, StoredNode>(CypherEquality.Equivalence!);
            foreach (var node in store.NodesWithLabel(label))
            {
                // Label scans run in id order, so the first node of a key is its lowest id.
                if (node.GetProperty(keyProperty) is { } key)
                {
                    keys.TryAdd(key, node);
                }
            }

            _scanned[label] = keys;
        }

        return keys;
    }
}
