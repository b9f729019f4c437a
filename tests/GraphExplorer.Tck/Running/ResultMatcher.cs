using System.Text;
using GraphExplorer.Graph;
using GraphExplorer.Tck.Features;
using GraphExplorer.Tck.Values;

namespace GraphExplorer.Tck.Running;

/// <summary>Compares a query's result with a TCK expectation; rows as a multiset unless the step says "in order".</summary>
internal static class ResultMatcher
{
    private const int RowsShown = 12;

    /// <summary>Why <paramref name="actual"/> does not match the expected table, or <c>null</c> when it does.</summary>
    /// <exception cref="FormatException">A cell of the expected table is not a TCK value.</exception>
    public static string? Mismatch(ExpectRowsStep expected, QueryResult actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var expectedColumns = expected.Columns;
        if (expectedColumns.Count != actual.Columns.Count
            || !expectedColumns.Order(StringComparer.Ordinal).SequenceEqual(actual.Columns.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return $"wrong columns: expected [{string.Join(", ", expectedColumns)}], got [{string.Join(", ", actual.Columns)}]";
        }

        var positions = expectedColumns.Select(c => IndexOf(actual.Columns, c)).ToList();
        var expectedRows = expected.Rows
            .Select(row => string.Join(" | ", row.Select(cell => CanonicalValue.Format(TckValueParser.Parse(cell), expected.ListsAsBags))))
            .ToList();
        var actualRows = actual.Rows
            .Select(row => string.Join(" | ", positions.Select(p => CanonicalValue.Format(p < row.Count ? row[p] : null, expected.ListsAsBags))))
            .ToList();
        return expected.Ordered ? CompareInOrder(expectedRows, actualRows) : CompareAsBags(expectedRows, actualRows);
    }

    /// <summary>Why a result that should be empty is not, or <c>null</c> when it is.</summary>
    public static string? NotEmpty(QueryResult actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return actual.Rows.Count == 0
            ? null
            : $"expected an empty result, got {actual.Rows.Count} row(s) of columns [{string.Join(", ", actual.Columns)}]: "
                + string.Join(" / ", actual.Rows.Take(3).Select(r => "| " + string.Join(" | ", r.Select(v => CanonicalValue.Format(v))) + " |"));
    }

    private static string? CompareInOrder(List<string> expected, List<string> actual)
    {
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            return null;
        }

        var firstDifference = Enumerable.Range(0, Math.Min(expected.Count, actual.Count))
            .FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Count, actual.Count));
        if (expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return $"wrong row order (first difference at row {firstDifference + 1}){Tables(expected, actual)}";
        }

        return $"wrong rows: expected {expected.Count}, got {actual.Count} (first difference at row {firstDifference + 1}){Tables(expected, actual)}";
    }

    private static string? CompareAsBags(List<string> expected, List<string> actual)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in actual)
        {
            remaining[row] = remaining.GetValueOrDefault(row) + 1;
        }

        var missing = new List<string>();
        foreach (var row in expected)
        {
            if (remaining.GetValueOrDefault(row) > 0)
            {
                remaining[row]--;
            }
            else
            {
                missing.Add(row);
            }
        }

        var unexpected = remaining.Where(p => p.Value > 0).SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder($"wrong rows: expected {expected.Count}, got {actual.Count}");
        AppendRows(text, "missing", missing);
        AppendRows(text, "unexpected", unexpected);
        return text.ToString();
    }

    private static string Tables(List<string> expected, List<string> actual)
    {
        var text = new StringBuilder();
        AppendRows(text, "expected", expected);
        AppendRows(text, "actual", actual);
        return text.ToString();
    }

    private static void AppendRows(StringBuilder text, string title, List<string> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        text.Append('\n').Append("  ").Append(title).Append(':');
        foreach (var row in rows.Take(RowsShown))
        {
            text.Append("\n    | ").Append(row).Append(" |");
        }

        if (rows.Count > RowsShown)
        {
            text.Append("\n    … ").Append(rows.Count - RowsShown).Append(" more");
        }
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }
}
