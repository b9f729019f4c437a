using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Binding;

/// <summary>WITH and RETURN: aliases, aggregation and grouping, ORDER BY visibility, SKIP/LIMIT.</summary>
internal sealed partial class StatementAnalyzer
{
    private ClauseResult AnalyzeProjection(ProjectionBody body, Expression? where, Scope scope, bool isWith)
    {
        var clause = isWith ? "WITH" : "RETURN";
        if (!isWith && body.IncludeExisting && scope.Count == 0 && body.Items.Count == 0)
        {
            throw SemanticErrors.At(body, SemanticErrors.NoVariablesInScope, $"{clause} * is not allowed when there are no variables in scope");
        }

        var itemTypes = new List<StaticType>();
        foreach (var item in body.Items)
        {
            itemTypes.Add(Check(item.Expression, scope, ExpressionContext.Plain with { AllowAggregates = true }));
            if (isWith && item.Alias is null && item.Expression is not VariableExpression)
            {
                throw SemanticErrors.At(item, SemanticErrors.NoExpressionAlias, "Expression in WITH must be aliased (use AS)");
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in body.Items)
        {
            if (!names.Add(item.Name))
            {
                throw SemanticErrors.At(item, SemanticErrors.ColumnNameConflict, $"Multiple result columns with the same name are not supported");
            }
        }

        var aggregating = body.Items.Any(i => ExpressionTree.ContainsAggregate(i.Expression));
        // Grouping keys usable inside aggregating expressions: variables and property accesses projected on their own.
        var groupingKeys = new HashSet<string>(StringComparer.Ordinal);
        var groupingAliases = new HashSet<string>(StringComparer.Ordinal);
        if (body.IncludeExisting)
        {
            foreach (var name in scope.Names)
            {
                groupingKeys.Add(ExpressionTree.Shape(new VariableExpression(name)));
                groupingAliases.Add(ExpressionTree.Shape(new VariableExpression(name)));
            }
        }

        foreach (var item in body.Items.Where(i => !ExpressionTree.ContainsAggregate(i.Expression)))
        {
            if (item.Expression is VariableExpression or PropertyExpression { Target: VariableExpression })
            {
                groupingKeys.Add(ExpressionTree.Shape(item.Expression));
                groupingAliases.Add(ExpressionTree.Shape(item.Expression));
            }

            groupingAliases.Add(ExpressionTree.Shape(new VariableExpression(item.Name)));
        }

        if (aggregating)
        {
            foreach (var item in body.Items.Where(i => ExpressionTree.ContainsAggregate(i.Expression)))
            {
                CheckGrouping(item.Expression, groupingKeys);
            }
        }

        var projected = body.IncludeExisting ? scope.Clone() : new Scope();
        for (var i = 0; i < body.Items.Count; i++)
        {
            projected.Set(body.Items[i].Name, itemTypes[i]);
        }

        CheckOrderBy(body, scope, projected, aggregating, groupingAliases);
        CheckSkipOrLimit(body.Skip, "SKIP");
        CheckSkipOrLimit(body.Limit, "LIMIT");
        if (where is not null)
        {
            // WITH … WHERE still sees the variables before the projection, unless the projection aggregates.
            CheckPredicate(where, aggregating ? projected : Merge(scope, projected));
        }

        var columns = (body.IncludeExisting ? scope.Names.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            .Concat(body.Items.Select(i => i.Name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new(projected, columns);
    }

    /// <summary>Outside its aggregates, an aggregating expression may only use grouping-key variables (Neo4j's rule).</summary>
    private static void CheckGrouping(Expression expression, HashSet<string> groupingKeys)
    {
        foreach (var (name, at) in FreeVariablesOutsideAggregates(expression, groupingKeys))
        {
            throw SemanticErrors.At(at, SemanticErrors.AmbiguousAggregationExpression,
                $"Aggregation column contains implicit grouping expressions. Variable `{name}` is used outside the aggregation but is not a grouping key; project it as its own column first.");
        }
    }

    private void CheckOrderBy(ProjectionBody body, Scope before, Scope projected, bool aggregating, HashSet<string> groupingAliases)
    {
        if (body.OrderBy.Count == 0)
        {
            return;
        }

        if (!aggregating && !body.Distinct)
        {
            // ORDER BY sees both the variables before the projection and the new aliases.
            var visible = Merge(before, projected);
            foreach (var sort in body.OrderBy)
            {
                Check(sort.Expression, visible, ExpressionContext.Plain);
            }

            return;
        }

        // After DISTINCT or aggregation only projected columns exist; an expression equal to a projected one stands for it.
        var shapes = new Dictionary<string, StaticType>(StringComparer.Ordinal);
        foreach (var item in body.Items)
        {
            projected.TryGet(item.Name, out var type);
            shapes[ExpressionTree.Shape(item.Expression)] = type;
        }

        _projectedShapes = shapes;
        try
        {
            foreach (var sort in body.OrderBy)
            {
                Check(sort.Expression, projected, ExpressionContext.Plain with { AllowAggregates = aggregating });
                if (aggregating && ExpressionTree.ContainsAggregate(sort.Expression) && !shapes.ContainsKey(ExpressionTree.Shape(sort.Expression)))
                {
                    CheckGrouping(sort.Expression, groupingAliases);
                }
            }
        }
        finally
        {
            _projectedShapes = null;
        }
    }

    private void CheckSkipOrLimit(Expression? expression, string clause)
    {
        if (expression is null)
        {
            return;
        }

        if (FreeVariablesOutsideAggregates(expression).Any() || ContainsPatternOrSubquery(expression))
        {
            throw SemanticErrors.At(expression, SemanticErrors.NonConstantExpression, $"It is not allowed to refer to variables in {clause}, so that the value for {clause} can be statically calculated.");
        }

        Check(expression, new Scope(), ExpressionContext.Plain);
        switch (expression)
        {
            case LiteralExpression { Value: long value } when value < 0:
                throw SemanticErrors.At(expression, SemanticErrors.NegativeIntegerArgument, $"Invalid input. '{value}' is not a valid value. Must be a non-negative integer.");
            case LiteralExpression { Value: not null and not long } literal:
                throw SemanticErrors.At(expression, SemanticErrors.InvalidArgumentType, $"Invalid input. '{literal.Value}' is not a valid value. Must be a non-negative integer.");
        }
    }

    private static Scope Merge(Scope before, Scope projected)
    {
        var visible = before.Clone();
        foreach (var name in projected.Names)
        {
            projected.TryGet(name, out var type);
            visible.Set(name, type);
        }

        return visible;
    }

    private static bool ContainsPatternOrSubquery(Expression expression) =>
        expression is PatternPredicateExpression or PatternComprehensionExpression or SubqueryExpression
        || ExpressionTree.Children(expression).Any(ContainsPatternOrSubquery);

    /// <summary>Variables used outside aggregate calls and not bound locally (by comprehensions, quantifiers, reduce).</summary>
    /// <param name="allowedShapes">Sub-expressions (by <see cref="ExpressionTree.Shape"/>) that count as constant, e.g. grouping keys.</param>
    private static List<(string Name, Expression At)> FreeVariablesOutsideAggregates(Expression expression, HashSet<string>? allowedShapes = null)
    {
        var found = new List<(string, Expression)>();
        CollectFree(expression, [], found, allowedShapes);
        return found;
    }

    private static void CollectFree(Expression expression, HashSet<string> locals, List<(string, Expression)> found, HashSet<string>? allowedShapes)
    {
        if (ExpressionTree.IsAggregateCall(expression))
        {
            return;
        }

        if (allowedShapes is not null && expression is VariableExpression or PropertyExpression && allowedShapes.Contains(ExpressionTree.Shape(expression)))
        {
            return;
        }

        switch (expression)
        {
            case VariableExpression variable:
                if (!locals.Contains(variable.Name))
                {
                    found.Add((variable.Name, expression));
                }

                return;
            case MapProjectionExpression projection:
                if (!locals.Contains(projection.Variable))
                {
                    found.Add((projection.Variable, expression));
                }

                foreach (var item in projection.Items.OfType<VariableSelector>().Where(v => !locals.Contains(v.Variable)))
                {
                    found.Add((item.Variable, expression));
                }

                break;
            case ListComprehensionExpression comprehension:
                CollectFree(comprehension.Source, locals, found, allowedShapes);
                CollectScoped([comprehension.Where, comprehension.Projection], [comprehension.Variable], locals, found, allowedShapes);
                return;
            case QuantifierExpression quantifier:
                CollectFree(quantifier.Source, locals, found, allowedShapes);
                CollectScoped([quantifier.Where], [quantifier.Variable], locals, found, allowedShapes);
                return;
            case ReduceExpression reduce:
                CollectFree(reduce.Initial, locals, found, allowedShapes);
                CollectFree(reduce.Source, locals, found, allowedShapes);
                CollectScoped([reduce.Body], [reduce.Accumulator, reduce.Variable], locals, found, allowedShapes);
                return;
            case PatternComprehensionExpression or PatternPredicateExpression or SubqueryExpression:
                return;
        }

        foreach (var child in ExpressionTree.Children(expression))
        {
            CollectFree(child, locals, found, allowedShapes);
        }
    }

    private static void CollectScoped(Expression?[] expressions, string[] names, HashSet<string> locals, List<(string, Expression)> found, HashSet<string>? allowedShapes)
    {
        var inner = new HashSet<string>(locals, StringComparer.Ordinal);
        inner.UnionWith(names);
        foreach (var expression in expressions)
        {
            if (expression is not null)
            {
                CollectFree(expression, inner, found, allowedShapes);
            }
        }
    }
}
