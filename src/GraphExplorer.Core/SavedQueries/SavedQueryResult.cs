namespace GraphExplorer.Core.SavedQueries;

/// <summary>The rows a saved script returned.</summary>
/// <param name="Columns">Column names in <c>RETURN</c> order.</param>
/// <param name="Rows">Port values, one per column; at most the row cap.</param>
/// <param name="Truncated">Whether rows beyond the cap were dropped.</param>
public sealed record SavedQueryResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, bool Truncated);
