namespace GraphExplorer.Engine.Storage;

/// <summary>
/// Live entities indexed by id. Ids are allocated in order and never reused, so a slot per id in fixed-size
/// chunks replaces a hash table (8 bytes per id instead of about 33 per entry): growth adds a chunk instead
/// of copying everything, every chunk stays below the large-object threshold, and enumeration is in id
/// order. A deleted id leaves a hole; a chunk whose ids are all deleted is released. Not thread-safe.
/// </summary>
internal sealed class EntityTable<T>
    where T : StoredEntity
{
    /// <summary>Slots per chunk: 4,096 references are 32 KiB, well below the 85,000-byte large-object threshold.</summary>
    internal const int ChunkSize = 1 << ChunkBits;

    private const int ChunkBits = 12;

    private T?[]?[] _chunks = [];
    private int[] _live = [];

    /// <summary>How many entities are live.</summary>
    public int Count { get; private set; }

    /// <summary>How many chunks are allocated (for the tests of chunk release).</summary>
    internal int AllocatedChunks => _chunks.Count(c => c is not null);

    /// <summary>The live entity with this id, if any.</summary>
    public T? Find(long id)
    {
        if ((ulong)id >= (ulong)_chunks.Length << ChunkBits)
        {
            return null;
        }

        return _chunks[id >> ChunkBits]?[id & (ChunkSize - 1)];
    }

    /// <summary>Whether an entity with this id is live.</summary>
    public bool Contains(long id) => Find(id) is not null;

    /// <summary>Puts <paramref name="entity"/> in its id's slot (replacing what was there).</summary>
    public void Set(T entity)
    {
        var id = entity.Id;
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        var chunkIndex = checked((int)(id >> ChunkBits));
        EnsureChunks(chunkIndex + 1);
        var chunk = _chunks[chunkIndex] ??= new T?[ChunkSize];
        ref var slot = ref chunk[id & (ChunkSize - 1)];
        if (slot is null)
        {
            _live[chunkIndex]++;
            Count++;
        }

        slot = entity;
    }

    /// <summary>Empties the slot of <paramref name="id"/>; returns whether an entity was there.</summary>
    public bool Remove(long id)
    {
        if (Find(id) is null)
        {
            return false;
        }

        var chunkIndex = (int)(id >> ChunkBits);
        _chunks[chunkIndex]![id & (ChunkSize - 1)] = null;
        Count--;
        if (--_live[chunkIndex] == 0)
        {
            // A long-lived store that deletes whole ranges of old ids should not keep their empty slots.
            _chunks[chunkIndex] = null;
        }

        return true;
    }

    /// <summary>Makes room for ids below <paramref name="ids"/> without allocating their chunks.</summary>
    public void EnsureCapacity(long ids) => EnsureChunks(checked((int)((ids + ChunkSize - 1) >> ChunkBits)));

    /// <summary>The live entities in id order.</summary>
    public IEnumerable<T> Enumerate()
    {
        // Reads the fields on each step: a chunk added or released while a caller enumerates is seen, not
        // a stale copy (writers in a statement copy what they walk; see the scan operators).
        for (var c = 0; c < _chunks.Length; c++)
        {
            if (_chunks[c] is not { } chunk)
            {
                continue;
            }

            for (var i = 0; i < chunk.Length; i++)
            {
                if (chunk[i] is { } entity)
                {
                    yield return entity;
                }
            }
        }
    }

    private void EnsureChunks(int count)
    {
        if (count <= _chunks.Length)
        {
            return;
        }

        // The directory doubles (it holds one reference per 4,096 ids, so it stays small).
        var length = Math.Max(count, Math.Max(4, _chunks.Length * 2));
        Array.Resize(ref _chunks, length);
        Array.Resize(ref _live, length);
    }
}
