namespace GraphExplorer.Engine.Storage;

/// <summary>The per-type tally of an adjacency list: how many relationships (and self-loops) of each type it holds.</summary>
internal sealed partial class AdjacencyList
{
    // Most lists hold one type and no self-loop: then only the type is kept (no array); otherwise one entry per type.
    private string? _onlyType;
    private TypeTally[]? _tallies;
    private int _typeCount;

    /// <summary>How many relationships of <paramref name="type"/> the list holds (every type when null); O(types).</summary>
    public int Degree(string? type)
    {
        if (type is null)
        {
            return Count;
        }

        if (_tallies is null)
        {
            return Count > 0 && string.Equals(_onlyType, type, StringComparison.Ordinal) ? Count : 0;
        }

        var at = IndexOfType(type);
        return at < 0 ? 0 : _tallies[at].Count;
    }

    /// <summary>How many self-loops of <paramref name="type"/> (every type when null) the list holds; O(types).</summary>
    public int Loops(string? type)
    {
        if (_tallies is null)
        {
            return 0;
        }

        var loops = 0;
        for (var i = 0; i < _typeCount; i++)
        {
            if (type is null || string.Equals(_tallies[i].Type, type, StringComparison.Ordinal))
            {
                loops += _tallies[i].Loops;
            }
        }

        return loops;
    }

    /// <summary>Each type at this end with its number of relationships and of self-loops.</summary>
    public IEnumerable<(string Type, int Count, int Loops)> Tallies()
    {
        if (_tallies is null)
        {
            if (Count > 0)
            {
                yield return (_onlyType!, Count, 0);
            }

            yield break;
        }

        for (var i = 0; i < _typeCount; i++)
        {
            yield return (_tallies[i].Type, _tallies[i].Count, _tallies[i].Loops);
        }
    }

    private void Tally(StoredRelationship relationship, int delta)
    {
        var loop = ReferenceEquals(relationship.Start, relationship.End);
        if (_tallies is null)
        {
            // Count is already the new count: the relationship was added or removed before this call.
            if (!loop && (Count == (delta > 0 ? 1 : 0) || string.Equals(_onlyType, relationship.Type, StringComparison.Ordinal)))
            {
                _onlyType = Count == 0 ? null : relationship.Type;
                return;
            }

            _tallies = new TypeTally[2];
            var before = Count - delta;
            if (before > 0)
            {
                _tallies[0] = new TypeTally(_onlyType!, before, 0);
                _typeCount = 1;
            }

            _onlyType = null;
        }

        var at = IndexOfType(relationship.Type);
        if (at < 0)
        {
            if (_typeCount == _tallies.Length)
            {
                Array.Resize(ref _tallies, _tallies.Length * 2);
            }

            at = _typeCount++;
            _tallies[at] = new TypeTally(relationship.Type, 0, 0);
        }

        ref var tally = ref _tallies[at];
        tally.Count += delta;
        tally.Loops += loop ? delta : 0;
        if (tally.Count == 0)
        {
            _tallies[at] = _tallies[--_typeCount];
            _tallies[_typeCount] = default;
        }
    }

    private int IndexOfType(string type)
    {
        for (var i = 0; i < _typeCount; i++)
        {
            if (string.Equals(_tallies![i].Type, type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private struct TypeTally(string type, int count, int loops)
    {
        public readonly string Type = type;
        public int Count = count;
        public int Loops = loops;
    }
}
