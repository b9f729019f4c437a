using System.Globalization;
using System.Text;
using GraphExplorer.Engine.Execution.Operators;

namespace GraphExplorer.Engine.Planning;

/// <summary>Renders an operator tree as text for EXPLAIN (and, with row counts, for PROFILE).</summary>
internal static class PlanDescriber
{
    /// <summary>One line per operator, children indented under their parent.</summary>
    public static string Describe(Operator root, bool withRows)
    {
        var text = new StringBuilder();
        text.Append("Planner COST\nRuntime EMBEDDED\n\n");
        Append(text, root, 0, withRows);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Operator node, int depth, bool withRows)
    {
        if (node is ArgumentOperator && depth > 0)
        {
            return;
        }

        text.Append(' ', depth * 2).Append('+').Append(node.Name);
        if (node.Details.Length > 0)
        {
            text.Append(" | ").Append(node.Details);
        }

        if (node is IProvidesOrder { ProvidedOrder: { } order })
        {
            text.Append(" | order=").Append(order);
        }

        if (withRows)
        {
            text.Append(" | rows=").Append(node.RowsProduced.ToString(CultureInfo.InvariantCulture));
        }

        text.Append('\n');
        foreach (var child in node.Children)
        {
            Append(text, child, depth + 1, withRows);
        }
    }
}
