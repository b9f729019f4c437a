using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>One entry of an ordered property index: a key and a node that holds it.</summary>
internal readonly record struct IndexEntry(object Key, StoredNode Node);

/// <summary>
/// The entries of a property index in Cypher's ORDER BY order of their keys, node id breaking ties: a list of
/// sorted chunks of at most <see cref="ChunkCapacity"/> entries, so an insert or a removal moves at most one
/// chunk and finding a position is two binary searches (O(log n)). Positions are walked forwards or backwards
/// lazily. Not thread-safe: guarded by the store's lock, and not to be changed while a walk is under way.
/// </summary>
internal sealed class OrderedIndexEntries
{
    private const int ChunkCapacity = 256;
    private readonly List<Chunk> _chunks = [];

    /// <summary>How many entries there are.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an entry (the caller ensures it is not there yet).</summary>
    public void Add(object key, StoredNode node)
    {
        if (_chunks.Count == 0)
        {
            var first = new Chunk { Count = 1 };
            first.Items[0] = new IndexEntry(key, node);
            _chunks.Add(first);
            Count++;
            return;
        }

        var (chunkIndex, offset) = Find(e => Before(e, key, node.Id));
        if (chunkIndex == _chunks.Count)
        {
            chunkIndex = _chunks.Count - 1;
            offset = _chunks[chunkIndex].Count;
        }

        var chunk = _chunks[chunkIndex];
        if (chunk.Count == ChunkCapacity)
        {
            var half = new Chunk { Count = ChunkCapacity / 2 };
            Array.Copy(chunk.Items, ChunkCapacity / 2, half.Items, 0, ChunkCapacity / 2);
            Array.Clear(chunk.Items, ChunkCapacity / 2, ChunkCapacity / 2);
            chunk.Count = ChunkCapacity / 2;
            _chunks.Insert(chunkIndex + 1, half);
            if (offset > chunk.Count)
            {
                offset -= chunk.Count;
                chunk = half;
            }
        }

        Array.Copy(chunk.Items, offset, chunk.Items, offset + 1, chunk.Count - offset);
        chunk.Items[offset] = new IndexEntry(key, node);
        chunk.Count++;
        Count++;
    }

    /// <summary>Removes the entry of <paramref name="node"/> under <paramref name="key"/>; returns whether it was there.</summary>
    public bool Remove(object key, StoredNode node)
    {
        var (chunkIndex, offset) = Find(e => Before(e, key, node.Id));
        if (chunkIndex == _chunks.Count || !ReferenceEquals(_chunks[chunkIndex].Items[offset].Node, node))
        {
            return false;
        }

        var chunk = _chunks[chunkIndex];
        chunk.Count--;
        Array.Copy(chunk.Items, offset + 1, chunk.Items, offset, chunk.Count - offset);
        chunk.Items[chunk.Count] = default;
        if (chunk.Count == 0)
        {
            _chunks.RemoveAt(chunkIndex);
        }

        Count--;
        return true;
    }

    /// <summary>
    /// The entries from the first for which <paramref name="before"/> is false, in order, while
    /// <paramref name="inRange"/> holds. <paramref name="before"/> must be true of a prefix of the entries.
    /// </summary>
    public IEnumerable<IndexEntry> Forward(Func<object, bool> before, Func<object, bool> inRange)
    {
        var (chunkIndex, offset) = Find(e => before(e.Key));
        for (; chunkIndex < _chunks.Count; chunkIndex++, offset = 0)
        {
            var chunk = _chunks[chunkIndex];
            for (; offset < chunk.Count; offset++)
            {
                var entry = chunk.Items[offset];
                if (!inRange(entry.Key))
                {
                    yield break;
                }

                yield return entry;
            }
        }
    }

    /// <summary>
    /// The entries before the first for which <paramref name="notAfter"/> is false, last first, while
    /// <paramref name="inRange"/> holds; entries with equal keys keep ascending node id (as a stable sort would).
    /// </summary>
    public IEnumerable<IndexEntry> Backward(Func<object, bool> notAfter, Func<object, bool> inRange)
    {
        var (chunkIndex, offset) = Find(e => notAfter(e.Key));
        var run = new List<IndexEntry>();
        while (true)
        {
            if (offset > 0)
            {
                offset--;
            }
            else if (--chunkIndex >= 0)
            {
                offset = _chunks[chunkIndex].Count - 1;
            }
            else
            {
                break;
            }

            var entry = _chunks[chunkIndex].Items[offset];
            if (!inRange(entry.Key))
            {
                break;
            }

            if (run.Count > 0 && CypherComparison.Order(run[0].Key, entry.Key) != 0)
            {
                for (var i = run.Count - 1; i >= 0; i--)
                {
                    yield return run[i];
                }

                run.Clear();
            }

            run.Add(entry);
        }

        for (var i = run.Count - 1; i >= 0; i--)
        {
            yield return run[i];
        }
    }

    private static bool Before(IndexEntry entry, object key, long id)
    {
        var order = CypherComparison.Order(entry.Key, key);
        return order < 0 || (order == 0 && entry.Node.Id < id);
    }

    /// <summary>The position of the first entry for which <paramref name="before"/> is false (the end when none is).</summary>
    private (int Chunk, int Offset) Find(Func<IndexEntry, bool> before)
    {
        int low = 0, high = _chunks.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var chunk = _chunks[middle];
            if (before(chunk.Items[chunk.Count - 1]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low == _chunks.Count)
        {
            return (low, 0);
        }

        var items = _chunks[low];
        int first = 0, last = items.Count;
        while (first < last)
        {
            var middle = (first + last) >>> 1;
            if (before(items.Items[middle]))
            {
                first = middle + 1;
            }
            else
            {
                last = middle;
            }
        }

        return (low, first);
    }

    private sealed class Chunk
    {
        public IndexEntry[] Items { get; } = new IndexEntry[ChunkCapacity];

        public int Count { get; set; }
    }
}
