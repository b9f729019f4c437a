namespace GraphExplorer.Graph.Bulk;

/// <summary>A relationship row for <see cref="IGraphBulkWriter.MergeRelationshipsAsync"/>: its type and its end nodes by label and key.</summary>
/// <param name="Type">The relationship type.</param>
/// <param name="StartLabel">The label of the start node.</param>
/// <param name="StartKey">The key value of the start node.</param>
/// <param name="EndLabel">The label of the end node.</param>
/// <param name="EndKey">The key value of the end node.</param>
/// <param name="Properties">Merged into the relationship's properties (<c>SET r += …</c>); <c>null</c> for none.</param>
public readonly record struct BulkRelationship(
    string Type,
    string StartLabel,
    object StartKey,
    string EndLabel,
    object EndKey,
    IReadOnlyDictionary<string, object?>? Properties);
