namespace GraphExplorer.Graph.Bulk;

/// <summary>A node row for <see cref="IGraphBulkWriter.MergeNodesAsync"/>: its label, key value and properties (port values).</summary>
/// <param name="Label">The one label the node is merged on.</param>
/// <param name="Key">The value of the key property (not null).</param>
/// <param name="Properties">Merged into the node's properties (<c>SET n += …</c>); <c>null</c> for none.</param>
public readonly record struct BulkNode(string Label, object Key, IReadOnlyDictionary<string, object?>? Properties);
