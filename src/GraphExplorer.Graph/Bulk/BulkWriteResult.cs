namespace GraphExplorer.Graph.Bulk;

/// <summary>What one bulk batch did.</summary>
/// <param name="Created">Rows that created their node or relationship.</param>
/// <param name="Matched">Rows that found theirs already there (and merged their properties into it).</param>
/// <param name="MissingEndpoints">Positions (0-based, ascending) of the relationship rows not written because an end node does not exist.</param>
public sealed record BulkWriteResult(int Created, int Matched, IReadOnlyList<int> MissingEndpoints);
