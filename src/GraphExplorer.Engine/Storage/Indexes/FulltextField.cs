namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// One indexed property of a fulltext index (a Lucene field): a sorted term dictionary, each term's postings
/// (node → the term's positions in the node's value), each node's length in terms (for BM25's length norm) and
/// the field's totals. Guarded by the store's lock.
/// </summary>
internal sealed class FulltextField
{
    private readonly Dictionary<string, Dictionary<StoredNode, int[]>> _postings = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<StoredNode, int> _lengths = new(ReferenceEqualityComparer.Instance);
    private long _totalLength;

    public FulltextField(string name) => Name = name;

    /// <summary>The property's name (the field a query names as <c>name:term</c>).</summary>
    public string Name { get; }

    /// <summary>How many nodes have at least one term in this field (Lucene's <c>docCount</c>).</summary>
    public int DocumentCount => _lengths.Count;

    /// <summary>The average length of the field over the nodes that have it, as Lucene computes it (a float).</summary>
    public float AverageLength => _lengths.Count == 0 ? 1f : (float)(_totalLength / (double)_lengths.Count);

    /// <summary>The nodes that have the field.</summary>
    public IEnumerable<StoredNode> Nodes => _lengths.Keys;

    /// <summary>The field's length in terms for <paramref name="node"/>.</summary>
    public int LengthOf(StoredNode node) => _lengths[node];

    /// <summary>The nodes holding <paramref name="term"/>, each with the term's positions (ascending), or <c>null</c>.</summary>
    public Dictionary<StoredNode, int[]>? Postings(string term) => _postings.GetValueOrDefault(term);

    /// <summary>The terms starting with <paramref name="prefix"/>, in order: a range of the sorted dictionary, not a scan.</summary>
    public IEnumerable<string> TermsStartingWith(string prefix) =>
        prefix.Length == 0 ? _terms : _terms.GetViewBetween(prefix, prefix + char.MaxValue);

    /// <summary>Every term, in order.</summary>
    public IEnumerable<string> Terms => _terms;

    /// <summary>Adds a node's terms (in order; the index of a term is its position); returns the distinct terms.</summary>
    public string[] Add(StoredNode node, List<string> terms)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            if (!positions.TryGetValue(terms[i], out var list))
            {
                list = [];
                positions[terms[i]] = list;
            }

            list.Add(i);
        }

        foreach (var (term, list) in positions)
        {
            if (!_postings.TryGetValue(term, out var nodes))
            {
                nodes = new Dictionary<StoredNode, int[]>(ReferenceEqualityComparer.Instance);
                _postings[term] = nodes;
                _terms.Add(term);
            }

            nodes[node] = [.. list];
        }

        _lengths[node] = terms.Count;
        _totalLength += terms.Count;
        return [.. positions.Keys];
    }

    /// <summary>Takes a node's terms out (<paramref name="terms"/>: what <see cref="Add"/> returned for it).</summary>
    public void Remove(StoredNode node, string[] terms)
    {
        if (!_lengths.Remove(node, out var length))
        {
            return;
        }

        _totalLength -= length;
        foreach (var term in terms)
        {
            if (_postings.TryGetValue(term, out var nodes) && nodes.Remove(node) && nodes.Count == 0)
            {
                _postings.Remove(term);
                _terms.Remove(term);
            }
        }
    }

    /// <summary>The field's whole content as ordered lines (term, node, positions; node lengths), for consistency checks.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var term in _terms)
        {
            foreach (var (node, positions) in _postings[term].OrderBy(p => p.Key.Id))
            {
                yield return $"{Name}:{term} {node.Id} [{string.Join(',', positions)}]";
            }
        }

        foreach (var (node, length) in _lengths.OrderBy(p => p.Key.Id))
        {
            yield return $"{Name} length {node.Id} = {length}";
        }

        yield return $"{Name} total length = {_totalLength}, terms = {_terms.Count}/{_postings.Count}";
    }
}
