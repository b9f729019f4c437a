namespace GraphExplorer.Core.Import;

/// <summary>What a reader found in a file: valid rows to merge and rows it rejected.</summary>
public sealed record ImportBatch(string File, IReadOnlyList<ImportNode> Nodes, IReadOnlyList<ImportRelationship> Relationships, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>Every row the file held (valid or not).</summary>
    public int RowCount => Nodes.Count + Relationships.Count + Issues.Count(i => i.Line > 0);
}
