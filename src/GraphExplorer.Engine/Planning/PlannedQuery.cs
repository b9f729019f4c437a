using GraphExplorer.Engine.Execution.Operators;

namespace GraphExplorer.Engine.Planning;

/// <summary>A query ready to run: its operator tree and result columns.</summary>
/// <param name="Columns">Column names in RETURN order; empty for a query without RETURN.</param>
internal sealed record PlannedQuery(Operator Root, IReadOnlyList<string> Columns)
{
    /// <summary>Whether running it may change the graph.</summary>
    public bool IsUpdating { get; } = Root.UpdatesAnywhere();
}
