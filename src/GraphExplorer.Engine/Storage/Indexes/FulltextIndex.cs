namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// An inverted index over string properties of nodes with some labels: term → (node → occurrences), kept
/// up to date by the store on every write. Queries rank nodes by a TF-IDF score. Guarded by the store's lock.
/// </summary>
internal sealed class FulltextIndex
{
    private readonly Dictionary<string, Dictionary<StoredNode, int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<StoredNode, (string[] Terms, int Length)> _documents = new(ReferenceEqualityComparer.Instance);

    public FulltextIndex(string name, IReadOnlyList<string> labels, IReadOnlyList<string> properties)
    {
        Name = name;
        Labels = labels;
        Properties = properties;
    }

    /// <summary>The index's name (what <c>db.index.fulltext.queryNodes</c> is called with).</summary>
    public string Name { get; }

    /// <summary>A node with any of these labels is indexed.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The indexed properties (strings, and lists of strings).</summary>
    public IReadOnlyList<string> Properties { get; }

    /// <summary>How many nodes have at least one term in the index.</summary>
    public int DocumentCount => _documents.Count;

    /// <summary>Indexes the node's current labels and properties (replacing what was indexed for it before).</summary>
    public void Add(StoredNode node)
    {
        Remove(node);
        if (!Labels.Any(node.HasLabel))
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        foreach (var property in Properties)
        {
            foreach (var text in Texts(node.GetProperty(property)))
            {
                foreach (var term in FulltextAnalyzer.Terms(text))
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                    length++;
                }
            }
        }

        if (length == 0)
        {
            return;
        }

        foreach (var (term, count) in counts)
        {
            if (!_postings.TryGetValue(term, out var nodes))
            {
                nodes = new Dictionary<StoredNode, int>(ReferenceEqualityComparer.Instance);
                _postings[term] = nodes;
            }

            nodes[node] = count;
        }

        _documents[node] = ([.. counts.Keys], length);
    }

    /// <summary>Forgets the node.</summary>
    public void Remove(StoredNode node)
    {
        if (!_documents.Remove(node, out var document))
        {
            return;
        }

        foreach (var term in document.Terms)
        {
            if (_postings.TryGetValue(term, out var nodes) && nodes.Remove(node) && nodes.Count == 0)
            {
                _postings.Remove(term);
            }
        }
    }

    /// <summary>
    /// The nodes matching any term of <paramref name="query"/>, best first (ties by id). A node's score sums, over
    /// the index terms the query matches, √(occurrences) × idf² / √(terms in the node), idf = 1 + ln(N / (df + 1)).
    /// </summary>
    public IReadOnlyList<(StoredNode Node, double Score)> Query(string query)
    {
        var scores = new Dictionary<StoredNode, double>(ReferenceEqualityComparer.Instance);
        foreach (var term in FulltextQuery.Parse(query))
        {
            foreach (var indexed in Expand(term))
            {
                var nodes = _postings[indexed];
                var idf = 1.0 + Math.Log((double)_documents.Count / (nodes.Count + 1));
                foreach (var (node, count) in nodes)
                {
                    var score = Math.Sqrt(count) * idf * idf / Math.Sqrt(_documents[node].Length);
                    scores[node] = scores.GetValueOrDefault(node) + score;
                }
            }
        }

        return [.. scores.Select(e => (e.Key, e.Value)).OrderByDescending(e => e.Value).ThenBy(e => e.Key.Id)];
    }

    /// <summary>The index terms a query term matches: itself, or every term it is a prefix of.</summary>
    private IEnumerable<string> Expand(FulltextTerm term)
    {
        if (!term.IsPrefix)
        {
            return _postings.ContainsKey(term.Text) ? [term.Text] : [];
        }

        return _postings.Keys.Where(k => k.StartsWith(term.Text, StringComparison.Ordinal)).ToList();
    }

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        string text => [text],
        IEnumerable<object?> list => list.OfType<string>(),
        _ => [],
    };
}
