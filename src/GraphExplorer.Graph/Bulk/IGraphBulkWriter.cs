namespace GraphExplorer.Graph.Bulk;

/// <summary>
/// An optional capability of a backend: merges batches of nodes and relationships natively, without Cypher
/// text. Each call is one write transaction and all-or-nothing: when the database refuses a row (a unique
/// constraint, an invalid property value) the whole batch is rolled back and a
/// <see cref="Errors.CypherException"/> is thrown. Idempotent: a second call with the same rows matches
/// everything and creates nothing. Callers test for it (<c>database is IGraphBulkWriter</c>) and fall back
/// to <c>UNWIND … MERGE</c> batches where it is missing (the Neo4j backend). Thread-safe like the database.
/// </summary>
public interface IGraphBulkWriter
{
    /// <summary>
    /// For each row, as <c>MERGE (n:Label {key: $key}) SET n += $properties</c> would: finds the node with the
    /// row's label whose <paramref name="keyProperty"/> equals the row's key, or creates it, then merges the
    /// properties (a <c>null</c> value removes the property). Rows are applied in order, each seeing the ones before.
    /// </summary>
    /// <exception cref="Errors.CypherException">The batch was refused; nothing of it was kept.</exception>
    Task<BulkWriteResult> MergeNodesAsync(string keyProperty, IReadOnlyList<BulkNode> nodes, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each row, as <c>MATCH (a:StartLabel {key: $start}), (b:EndLabel {key: $end}) MERGE (a)-[r:TYPE]->(b)
    /// SET r += $properties</c> would: a row whose start or end node does not exist is skipped and reported in
    /// <see cref="BulkWriteResult.MissingEndpoints"/>; the others are written.
    /// </summary>
    /// <exception cref="Errors.CypherException">The batch was refused; nothing of it was kept.</exception>
    Task<BulkWriteResult> MergeRelationshipsAsync(string keyProperty, IReadOnlyList<BulkRelationship> relationships, CancellationToken cancellationToken = default);
}
