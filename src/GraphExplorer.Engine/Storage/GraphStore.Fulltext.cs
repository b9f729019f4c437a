using GraphExplorer.Engine.Storage.Indexes;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    private readonly Dictionary<string, FulltextIndex> _fulltextIndexes = new(StringComparer.Ordinal);

    /// <summary>The fulltext index called <paramref name="name"/>, if one exists.</summary>
    public FulltextIndex? FindFulltextIndex(string name) => _fulltextIndexes.GetValueOrDefault(name);

    /// <summary>Builds the fulltext index of a (node) fulltext rule from the nodes already stored.</summary>
    private void AttachFulltextIndex(IndexRule rule, UndoLog undo)
    {
        if (rule.Kind != Parsing.Ast.IndexKind.Fulltext || rule.OnRelationship)
        {
            return;
        }

        var index = new FulltextIndex(rule.Name, rule.LabelsOrTypes, rule.Properties);
        for (var i = 0; i < rule.LabelsOrTypes.Count; i++)
        {
            foreach (var node in NodesWithLabel(rule.LabelsOrTypes[i]))
            {
                // A node with several of the labels is indexed once, under the first.
                if (!rule.LabelsOrTypes.Take(i).Any(node.HasLabel))
                {
                    index.Add(node);
                }
            }
        }

        _fulltextIndexes[rule.Name] = index;
        undo.Record(() => _fulltextIndexes.Remove(rule.Name));
    }

    /// <summary>Drops the fulltext index of a rule being dropped.</summary>
    private void DetachFulltextIndex(IndexRule rule, UndoLog undo)
    {
        if (_fulltextIndexes.Remove(rule.Name, out var index))
        {
            undo.Record(() => _fulltextIndexes[rule.Name] = index);
        }
    }

    /// <summary>Indexes a node that became live or changed, in every fulltext index.</summary>
    private void IndexFulltext(StoredNode node)
    {
        foreach (var index in _fulltextIndexes.Values)
        {
            index.Add(node);
        }
    }

    /// <summary>Takes a node out of every fulltext index (before it changes or goes).</summary>
    private void UnindexFulltext(StoredNode node)
    {
        foreach (var index in _fulltextIndexes.Values)
        {
            index.Remove(node);
        }
    }

    /// <summary>Where a fulltext index differs from one rebuilt from the live nodes (empty when exact).</summary>
    public IEnumerable<string> FulltextProblems()
    {
        foreach (var index in _fulltextIndexes.Values)
        {
            var rebuilt = new FulltextIndex(index.Name, index.Labels, index.Properties);
            foreach (var node in Nodes)
            {
                rebuilt.Add(node);
            }

            var kept = index.Describe().ToList();
            var expected = rebuilt.Describe().ToList();
            if (!kept.SequenceEqual(expected, StringComparer.Ordinal))
            {
                var first = kept.Except(expected).Concat(expected.Except(kept).Select(e => "missing " + e)).FirstOrDefault() ?? "order differs";
                yield return $"fulltext index {index.Name} differs from a rebuild: {first}";
            }
        }
    }
}
