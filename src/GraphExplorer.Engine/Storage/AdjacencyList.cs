using System.Collections;

namespace GraphExplorer.Engine.Storage;

/// <summary>
/// The relationships at one end of a node (outgoing or incoming), held as relationship ids and resolved
/// through the store's relationship table. Ids rather than references because a load adds new (young)
/// relationships to the lists of old nodes all over the heap: references there would dirty a card per
/// list and make every ephemeral collection scan them, while an array of ids holds no reference for the
/// GC to look at. Order is insertion order; writes are the store's (<see cref="Add"/>, <see cref="Remove"/>).
/// The list also tallies its relationships by type (and self-loops by type), so a node's degree for a type
/// costs the number of types at this end, not the degree (<see cref="Degree"/>, decision 0086).
/// </summary>
internal sealed partial class AdjacencyList : IReadOnlyList<StoredRelationship>
{
    /// <summary>The list of a node with no relationship at that end (never written: the store allocates one on the first add).</summary>
    public static readonly AdjacencyList Empty = new(null);

    private readonly EntityTable<StoredRelationship>? _relationships;
    private long[] _ids = [];

    public AdjacencyList(EntityTable<StoredRelationship>? relationships, int capacity = 0)
    {
        _relationships = relationships;
        _ids = capacity > 0 ? new long[capacity] : [];
    }

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <inheritdoc />
    public StoredRelationship this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));

            // Every id here is live in the table: the store links and unlinks both together.
            return _relationships!.Find(_ids[index])!;
        }
    }

    /// <summary>Whether <paramref name="relationship"/> is in the list.</summary>
    public bool Contains(StoredRelationship relationship) => IndexOf(relationship.Id) >= 0;

    /// <summary>Appends a relationship (store only).</summary>
    internal void Add(StoredRelationship relationship)
    {
        if (_relationships is null)
        {
            throw new InvalidOperationException("the shared empty adjacency list is never written");
        }

        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, Math.Max(4, _ids.Length * 2));
        }

        _ids[Count++] = relationship.Id;
        Tally(relationship, +1);
    }

    /// <summary>Removes a relationship, keeping the order of the others (store only); returns whether it was there.</summary>
    internal bool Remove(StoredRelationship relationship)
    {
        var index = IndexOf(relationship.Id);
        if (index < 0)
        {
            return false;
        }

        Array.Copy(_ids, index + 1, _ids, index, Count - index - 1);
        Count--;
        Tally(relationship, -1);
        return true;
    }

    /// <summary>Enumerates without allocating (for <c>foreach</c> over the concrete type).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<StoredRelationship> IEnumerable<StoredRelationship>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<StoredRelationship>)this).GetEnumerator();

    private int IndexOf(long id) => Array.IndexOf(_ids, id, 0, Count);

    /// <summary>A struct enumerator over the list.</summary>
    public struct Enumerator
    {
        private readonly AdjacencyList _list;
        private int _index;

        internal Enumerator(AdjacencyList list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>The relationship at the current position.</summary>
        public readonly StoredRelationship Current => _list[_index];

        /// <summary>Advances; false at the end.</summary>
        public bool MoveNext() => ++_index < _list.Count;
    }
}
