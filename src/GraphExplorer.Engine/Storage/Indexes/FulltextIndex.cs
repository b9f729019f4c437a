namespace GraphExplorer.Engine.Storage.Indexes;

/// <summary>
/// An inverted index over string properties (and lists of strings) of nodes with some labels, one field per property,
/// kept up to date by the store on every write (and its undo). Queries use Lucene's syntax and are ranked by Lucene's
/// BM25 (see <c>FulltextIndex.Search.cs</c>). Guarded by the store's lock.
/// </summary>
internal sealed partial class FulltextIndex
{
    private readonly FulltextField[] _fields;

    // Per indexed node, per field, the distinct terms it holds there (null: none), to take it out again.
    private readonly Dictionary<StoredNode, string[]?[]> _documents = new(ReferenceEqualityComparer.Instance);

    public FulltextIndex(string name, IReadOnlyList<string> labels, IReadOnlyList<string> properties)
    {
        Name = name;
        Labels = labels;
        Properties = properties;
        _fields = [.. properties.Select(p => new FulltextField(p))];
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
        if (!HasIndexedLabel(node))
        {
            return;
        }

        string[]?[]? document = null;
        for (var f = 0; f < _fields.Length; f++)
        {
            var terms = Terms(node.GetProperty(_fields[f].Name));
            if (terms.Count == 0)
            {
                continue;
            }

            document ??= new string[]?[_fields.Length];
            document[f] = _fields[f].Add(node, terms);
        }

        if (document is not null)
        {
            _documents[node] = document;
        }
    }

    /// <summary>Forgets the node.</summary>
    public void Remove(StoredNode node)
    {
        if (!_documents.Remove(node, out var document))
        {
            return;
        }

        for (var f = 0; f < _fields.Length; f++)
        {
            if (document[f] is { } terms)
            {
                _fields[f].Remove(node, terms);
            }
        }
    }

    /// <summary>The index's whole content as ordered lines, for consistency checks (compare with a rebuilt index).</summary>
    public IEnumerable<string> Describe() =>
        _fields.SelectMany(f => f.Describe()).Append($"documents = {string.Join(',', _documents.Keys.Select(n => n.Id).Order())}");

    private bool HasIndexedLabel(StoredNode node)
    {
        foreach (var label in Labels)
        {
            if (node.HasLabel(label))
            {
                return true;
            }
        }

        return false;
    }

    // The terms of a property value: a string, or every string of a list (as Neo4j 5 indexes LIST<STRING>), one after the other.
    private static List<string> Terms(object? value)
    {
        switch (value)
        {
            case string text:
                return FulltextAnalyzer.Terms(text);
            case IEnumerable<object?> list:
                var terms = new List<string>();
                foreach (var text in list.OfType<string>())
                {
                    terms.AddRange(FulltextAnalyzer.Terms(text));
                }

                return terms;
            default:
                return [];
        }
    }
}
