using GraphExplorer.Engine.Execution.Expressions;
using GraphExplorer.Engine.Planning.Logical;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>
    /// Plans the body of WITH/RETURN: projection or aggregation, DISTINCT, ORDER BY, SKIP, LIMIT and
    /// WITH's WHERE (which may also read the variables from before the WITH when nothing is aggregated).
    /// </summary>
    private LogicalPlan PlanProjection(LogicalPlan plan, ProjectionBody body, HashSet<string> bound, Expression? where, out IReadOnlyList<string> columns)
    {
        var items = new List<(string Name, Expression Expression)>();
        if (body.IncludeExisting)
        {
            foreach (var name in bound.Where(n => !IsAnonymous(n)).Order(StringComparer.Ordinal))
            {
                if (!body.Items.Any(i => i.Name == name))
                {
                    items.Add((name, new VariableExpression(name)));
                }
            }
        }

        items.AddRange(body.Items.Select(i => (i.Name, i.Expression)));
        columns = [.. items.Select(i => i.Name)];

        var calls = items.SelectMany(i => ExpressionWalker.Aggregates(i.Expression, FunctionLibrary.IsAggregate)).ToList();
        var orderBy = body.OrderBy.Select(s => s with { Expression = Substitute(s.Expression, items) }).ToList();
        var limited = body.Skip is not null || body.Limit is not null;
        if (calls.Count > 0)
        {
            var grouping = items.Where(i => ExpressionWalker.Aggregates(i.Expression, FunctionLibrary.IsAggregate).Count == 0).ToList();
            var aggregates = items.Where(i => !grouping.Contains(i)).ToList();

            // A sort key that is not a column is computed per group, next to the aggregates (it may hold some itself).
            for (var i = 0; i < orderBy.Count; i++)
            {
                if (orderBy[i].Expression is VariableExpression variable && columns.Contains(variable.Name))
                {
                    continue;
                }

                var hidden = $"{AnonymousPrefix}sort{i}";
                calls.AddRange(ExpressionWalker.Aggregates(orderBy[i].Expression, FunctionLibrary.IsAggregate));
                aggregates.Add((hidden, orderBy[i].Expression));
                orderBy[i] = orderBy[i] with { Expression = new VariableExpression(hidden) };
            }

            plan = new Aggregation(plan, grouping, aggregates, calls);
            if (body.Distinct)
            {
                plan = new Distinct(plan, columns);
            }
        }
        else
        {
            plan = new Projection(plan, items, KeepInput: true);
            if (where is not null && !limited)
            {
                plan = new Selection(plan, where);
                where = null;
            }

            if (body.Distinct)
            {
                plan = new Distinct(plan, columns);
            }
        }

        if (orderBy.Count > 0)
        {
            plan = OrderRows(plan, orderBy, body.Skip, body.Limit);
        }

        if (limited)
        {
            plan = new SkipLimit(plan, body.Skip, body.Limit);
        }

        if (where is not null)
        {
            plan = new Selection(plan, where);
        }

        return new SelectColumns(plan, columns);
    }

    /// <summary>An ORDER BY expression that repeats a projected expression reads the projected column instead.</summary>
    private static Expression Substitute(Expression expression, IReadOnlyList<(string Name, Expression Expression)> items)
    {
        foreach (var (name, itemExpression) in items)
        {
            if (itemExpression is not VariableExpression && ExpressionWalker.SameTree(expression, itemExpression))
            {
                return new VariableExpression(name) { Position = expression.Position };
            }
        }

        return expression;
    }
}
