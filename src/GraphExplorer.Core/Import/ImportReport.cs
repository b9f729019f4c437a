namespace GraphExplorer.Core.Import;

/// <summary>What an import did: rows merged and rows not imported, with the reason for each.</summary>
/// <param name="NodesImported">Node rows merged (created or updated).</param>
/// <param name="RelationshipsImported">Relationship rows merged.</param>
/// <param name="NodesCreated">Nodes that did not exist before.</param>
/// <param name="RelationshipsCreated">Relationships that did not exist before.</param>
/// <param name="Issues">Rows not imported, with file and line.</param>
/// <param name="Elapsed">Wall-clock time of the writes.</param>
public sealed record ImportReport(
    long NodesImported,
    long RelationshipsImported,
    long NodesCreated,
    long RelationshipsCreated,
    IReadOnlyList<ImportIssue> Issues,
    TimeSpan Elapsed)
{
    /// <summary>Whether every row was imported.</summary>
    public bool Complete => Issues.Count == 0;
}
