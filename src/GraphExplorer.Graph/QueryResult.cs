namespace GraphExplorer.Graph;

/// <summary>The whole result of one statement: column names, rows of port values and the statement's side effects.</summary>
/// <param name="Columns">Column names in <c>RETURN</c> order.</param>
/// <param name="Rows">Each row holds one value per column, in column order.</param>
/// <param name="Counters">What the statement changed.</param>
/// <param name="Plan">For <c>EXPLAIN</c>/<c>PROFILE</c>, the plan as text; otherwise <c>null</c>.</param>
public sealed record QueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    QueryCounters Counters,
    string? Plan = null)
{
    /// <summary>An empty result with no columns and no side effects.</summary>
    public static QueryResult Empty { get; } = new([], [], QueryCounters.None);

    /// <summary>The value in <paramref name="column"/> of row <paramref name="row"/>.</summary>
    public object? Value(int row, string column)
    {
        var index = IndexOf(column);
        return Rows[row][index];
    }

    /// <summary>Each row as a map from column name to value.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Records()
    {
        foreach (var row in Rows)
        {
            var record = new Dictionary<string, object?>(Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < Columns.Count; i++)
            {
                record[Columns[i]] = row[i];
            }

            yield return record;
        }
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"The result has no column '{column}'.", nameof(column));
    }
}
