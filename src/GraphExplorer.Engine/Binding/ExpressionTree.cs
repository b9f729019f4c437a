using System.Globalization;
using System.Text;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Binding;

/// <summary>Generic walks over expressions: children, aggregate detection and a position-free canonical text.</summary>
internal static class ExpressionTree
{
    /// <summary>The direct sub-expressions (pattern property maps and predicates included; subquery bodies not).</summary>
    public static IEnumerable<Expression> Children(Expression expression)
    {
        switch (expression)
        {
            case PropertyExpression p:
                yield return p.Target;
                break;
            case ListExpression l:
                foreach (var item in l.Items)
                {
                    yield return item;
                }

                break;
            case MapExpression m:
                foreach (var entry in m.Entries)
                {
                    yield return entry.Value;
                }

                break;
            case BinaryExpression b:
                yield return b.Left;
                yield return b.Right;
                break;
            case UnaryExpression u:
                yield return u.Operand;
                break;
            case IsNullExpression n:
                yield return n.Operand;
                break;
            case HasLabelsExpression h:
                yield return h.Target;
                break;
            case IndexExpression i:
                yield return i.Target;
                yield return i.Index;
                break;
            case SliceExpression s:
                yield return s.Target;
                if (s.From is not null)
                {
                    yield return s.From;
                }

                if (s.To is not null)
                {
                    yield return s.To;
                }

                break;
            case FunctionCallExpression f:
                foreach (var argument in f.Arguments)
                {
                    yield return argument;
                }

                break;
            case CaseExpression c:
                if (c.Subject is not null)
                {
                    yield return c.Subject;
                }

                foreach (var alternative in c.Alternatives)
                {
                    yield return alternative.When;
                    yield return alternative.Then;
                }

                if (c.Else is not null)
                {
                    yield return c.Else;
                }

                break;
            case ListComprehensionExpression lc:
                yield return lc.Source;
                if (lc.Where is not null)
                {
                    yield return lc.Where;
                }

                if (lc.Projection is not null)
                {
                    yield return lc.Projection;
                }

                break;
            case QuantifierExpression q:
                yield return q.Source;
                if (q.Where is not null)
                {
                    yield return q.Where;
                }

                break;
            case ReduceExpression r:
                yield return r.Initial;
                yield return r.Source;
                yield return r.Body;
                break;
            case PatternComprehensionExpression pc:
                foreach (var child in PatternExpressions(pc.Pattern))
                {
                    yield return child;
                }

                if (pc.Where is not null)
                {
                    yield return pc.Where;
                }

                yield return pc.Projection;
                break;
            case PatternPredicateExpression pp:
                foreach (var child in PatternExpressions(pp.Pattern))
                {
                    yield return child;
                }

                break;
            case MapProjectionExpression mp:
                foreach (var item in mp.Items)
                {
                    if (item is LiteralEntry entry)
                    {
                        yield return entry.Value;
                    }
                }

                break;
        }
    }

    /// <summary>The property maps and inline predicates of a pattern chain.</summary>
    public static IEnumerable<Expression> PatternExpressions(PatternElement element)
    {
        var nodes = new List<NodePattern> { element.Start };
        foreach (var step in element.Steps)
        {
            if (step.Relationship.Properties is not null)
            {
                yield return step.Relationship.Properties;
            }

            if (step.Relationship.Where is not null)
            {
                yield return step.Relationship.Where;
            }

            nodes.Add(step.Node);
        }

        foreach (var node in nodes)
        {
            if (node.Properties is not null)
            {
                yield return node.Properties;
            }

            if (node.Where is not null)
            {
                yield return node.Where;
            }
        }
    }

    /// <summary>Whether <paramref name="expression"/> calls an aggregating function (outside nested subqueries).</summary>
    public static bool ContainsAggregate(Expression expression) =>
        IsAggregateCall(expression) || Children(expression).Any(ContainsAggregate);

    /// <summary>Whether this node itself is an aggregating call (<c>count(*)</c>, <c>sum(x)</c>, …).</summary>
    public static bool IsAggregateCall(Expression expression) =>
        expression is CountStarExpression || (expression is FunctionCallExpression call && FunctionCatalog.IsAggregate(call.Name));

    /// <summary>A canonical text of the expression, equal for structurally equal expressions whatever their positions.</summary>
    public static string Shape(Expression expression)
    {
        var builder = new StringBuilder();
        AppendShape(builder, expression);
        return builder.ToString();
    }

    private static void AppendShape(StringBuilder builder, Expression expression)
    {
        builder.Append(expression.GetType().Name).Append('(');
        switch (expression)
        {
            case LiteralExpression literal:
                builder.Append(literal.Value switch
                {
                    null => "null",
                    string s => "'" + s + "'",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture) + literal.Value.GetType().Name,
                    var other => other.ToString(),
                });
                break;
            case ParameterExpression p:
                builder.Append(p.Name);
                break;
            case VariableExpression v:
                builder.Append(v.Name);
                break;
            case PropertyExpression p:
                builder.Append(p.Key).Append(',');
                break;
            case BinaryExpression b:
                builder.Append(b.Operator).Append(',');
                break;
            case UnaryExpression u:
                builder.Append(u.Operator).Append(',');
                break;
            case IsNullExpression n:
                builder.Append(n.Negated).Append(',');
                break;
            case HasLabelsExpression h:
                builder.Append(string.Join(':', h.Labels)).Append(',');
                break;
            case FunctionCallExpression f:
                builder.Append(f.Name.ToUpperInvariant()).Append(f.Distinct ? " DISTINCT," : ",");
                break;
            case MapExpression m:
                builder.Append(string.Join(',', m.Entries.Select(e => e.Key))).Append(';');
                break;
            case SliceExpression s:
                builder.Append(s.From is null ? "_" : "f").Append(s.To is null ? "_" : "t").Append(',');
                break;
            case CaseExpression c:
                builder.Append(c.Subject is null ? "_" : "s").Append(c.Else is null ? "_" : "e").Append(',');
                break;
            case ListComprehensionExpression lc:
                builder.Append(lc.Variable).Append(lc.Where is null ? "_" : "w").Append(lc.Projection is null ? "_" : "p").Append(',');
                break;
            case QuantifierExpression q:
                builder.Append(q.Quantifier).Append(q.Variable).Append(q.Where is null ? "_" : "w").Append(',');
                break;
            case ReduceExpression r:
                builder.Append(r.Accumulator).Append(',').Append(r.Variable).Append(',');
                break;
            case MapProjectionExpression mp:
                builder.Append(mp.Variable).Append(',').Append(string.Join(',', mp.Items.Select(ItemShape))).Append(';');
                break;
            case PatternPredicateExpression or PatternComprehensionExpression or SubqueryExpression:
                // Patterns and subqueries are compared by identity: never merged as "the same expression".
                builder.Append(expression.Position.Offset);
                break;
        }

        foreach (var child in Children(expression))
        {
            AppendShape(builder, child);
            builder.Append(',');
        }

        builder.Append(')');
    }

    private static string ItemShape(MapProjectionItem item) => item switch
    {
        PropertySelector p => "." + p.Key,
        VariableSelector v => v.Variable,
        LiteralEntry l => l.Key + ":",
        _ => ".*",
    };
}
