using GraphExplorer.Graph.Bulk;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Core.Import;

/// <summary>The batches through <see cref="IGraphBulkWriter"/>: one call (one write transaction) per batch, as the Cypher path has.</summary>
public sealed partial class GraphImporter
{
    /// <summary>The property nodes are merged on (docs/import.md).</summary>
    private const string KeyProperty = "id";

    private static async Task<(long Merged, long Created)> WriteNodesNativeAsync(
        IGraphBulkWriter bulk, string file, ImportNode[] chunk, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        var rows = new BulkNode[chunk.Length];
        for (var i = 0; i < chunk.Length; i++)
        {
            rows[i] = new BulkNode(chunk[i].Label, chunk[i].Id, chunk[i].Properties);
        }

        try
        {
            var result = await bulk.MergeNodesAsync(KeyProperty, rows, cancellationToken).ConfigureAwait(false);
            return (chunk.Length, result.Created);
        }
        catch (CypherException error)
        {
            issues.Add(RolledBack(file, chunk, "nodes", error, n => n.Line));
            return (0, 0);
        }
    }

    private static async Task<(long Merged, long Created)> WriteRelationshipsNativeAsync(
        IGraphBulkWriter bulk, string file, ImportRelationship[] chunk, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        var rows = new BulkRelationship[chunk.Length];
        for (var i = 0; i < chunk.Length; i++)
        {
            var r = chunk[i];
            rows[i] = new BulkRelationship(r.Type, r.FromLabel, r.From, r.ToLabel, r.To, r.Properties);
        }

        try
        {
            var result = await bulk.MergeRelationshipsAsync(KeyProperty, rows, cancellationToken).ConfigureAwait(false);
            issues.AddRange(result.MissingEndpoints.Select(index => MissingEnd(file, chunk[index])));
            return (chunk.Length - result.MissingEndpoints.Count, result.Created);
        }
        catch (CypherException error)
        {
            issues.Add(RolledBack(file, chunk, "relationships", error, r => r.Line));
            return (0, 0);
        }
    }
}
