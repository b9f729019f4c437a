using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>The sort keys of ORDER BY items and their comparison in Cypher's total order. Thread-safe (stateless).</summary>
internal static class RowOrdering
{
    /// <summary>The values of the items from <paramref name="first"/> on, for one row, written into <paramref name="keys"/>.</summary>
    public static void Evaluate(ExecutionContext context, IReadOnlyList<SortItem> items, int first, Row row, object?[] keys)
    {
        for (var i = first; i < items.Count; i++)
        {
            keys[i - first] = context.Evaluator.Evaluate(items[i].Expression, row);
        }
    }

    /// <summary>Compares two rows' keys (those of the items from <paramref name="first"/> on), each item in its direction.</summary>
    public static int Compare(IReadOnlyList<SortItem> items, int first, object?[] a, object?[] b)
    {
        for (var i = first; i < items.Count; i++)
        {
            var order = CypherComparison.Order(a[i - first], b[i - first]);
            if (order != 0)
            {
                return items[i].Descending ? -order : order;
            }
        }

        return 0;
    }

    /// <summary>The items as plan text, e.g. <c>n.name ASC, n.id ASC</c>.</summary>
    public static string Describe(IReadOnlyList<SortItem> items) =>
        string.Join(", ", items.Select(i => Text(i.Expression) + (i.Descending ? " DESC" : " ASC")));

    private static string Text(Expression expression) => expression switch
    {
        VariableExpression variable => variable.Name.Trim(),
        PropertyExpression { Target: VariableExpression target } property => $"{target.Name.Trim()}.{property.Key}",
        _ => "…",
    };
}
