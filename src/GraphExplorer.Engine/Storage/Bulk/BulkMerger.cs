using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph.Bulk;

namespace GraphExplorer.Engine.Storage.Bulk;

/// <summary>
/// Applies one bulk batch to the store with <c>MERGE … SET +=</c> semantics, through the store's ordinary
/// create and set methods, so unique constraints, indexes, undo and the write-ahead log records are exactly
/// those of the Cypher path; only parsing, planning and expression evaluation are skipped. Rows are applied
/// in order, each seeing the ones before. Throws a <see cref="Graph.Errors.CypherException"/> on the first
/// refused row; the caller's transaction then rolls the whole batch back. One batch, under the write lock.
/// </summary>
internal sealed class BulkMerger(GraphStore store, UndoLog undo, string keyProperty, CancellationToken cancellationToken)
{
    /// <summary>Rows between two looks at the cancellation token.</summary>
    private const int CancellationStride = 1024;

    private readonly NodeKeyLookup _lookup = new(store, keyProperty);
    private readonly Dictionary<string, string[]> _labelArrays = new(StringComparer.Ordinal);

    /// <summary>Merges node rows by (label, key).</summary>
    public BulkWriteResult MergeNodes(IReadOnlyList<BulkNode> rows)
    {
        int created = 0, matched = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            CheckCancellation(i);
            var row = rows[i];
            var key = Key(row.Key, row.Label);
            var properties = BulkValues.Properties(row.Properties);
            var node = _lookup.Find(row.Label, key);
            var isNew = node is null;
            if (node is null)
            {
                properties.Insert(0, new(keyProperty, key));
                node = store.CreateNode(Labels(row.Label), properties, undo);
                _lookup.Created(row.Label, node);
                created++;
            }
            else
            {
                foreach (var (name, value) in properties)
                {
                    store.SetNodeProperty(node, name, value, undo);
                }

                matched++;
            }

            if (BulkValues.Contains(properties, keyProperty, from: isNew ? 1 : 0))
            {
                _lookup.Forget(row.Label);
            }
        }

        return new BulkWriteResult(created, matched, []);
    }

    /// <summary>Merges relationship rows between nodes found by (label, key); rows with a missing end are skipped and reported.</summary>
    public BulkWriteResult MergeRelationships(IReadOnlyList<BulkRelationship> rows)
    {
        int created = 0, matched = 0;
        var missing = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            CheckCancellation(i);
            var row = rows[i];
            var start = _lookup.Find(row.StartLabel, Key(row.StartKey, row.StartLabel));
            var end = _lookup.Find(row.EndLabel, Key(row.EndKey, row.EndLabel));
            if (start is null || end is null)
            {
                missing.Add(i);
                continue;
            }

            var properties = BulkValues.Properties(row.Properties);
            if (GraphStore.RelationshipsBetween(start, row.Type, end) is not { } existing)
            {
                store.CreateRelationship(row.Type, start, end, properties, undo);
                created++;
                continue;
            }

            // MERGE matches every relationship of the pattern, and SET += applies to each.
            foreach (var relationship in existing)
            {
                foreach (var (name, value) in properties)
                {
                    GraphStore.SetRelationshipProperty(relationship, name, value, undo);
                }
            }

            matched++;
        }

        return new BulkWriteResult(created, matched, missing);
    }

    private object Key(object? value, string label) =>
        BulkValues.Stored(value) ?? throw EngineErrors.SemanticError(
            $"Cannot merge the following node because of null property value for '{keyProperty}': (:{label} {{{keyProperty}: null}})", "MergeReadOwnWrites");

    private string[] Labels(string label)
    {
        if (!_labelArrays.TryGetValue(label, out var labels))
        {
            labels = [label];
            _labelArrays[label] = labels;
        }

        return labels;
    }

    private void CheckCancellation(int row)
    {
        if (row % CancellationStride == 0 && cancellationToken.IsCancellationRequested)
        {
            throw EngineErrors.Cancelled();
        }
    }
}
