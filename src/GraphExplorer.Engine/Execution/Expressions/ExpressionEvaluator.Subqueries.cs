using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Expressions;

internal sealed partial class ExpressionEvaluator
{
    private List<object?> EvalPatternComprehension(PatternComprehensionExpression expression, Scope scope)
    {
        var plan = _context.Subplan(expression, scope.Row);
        var result = new List<object?>();
        foreach (var row in plan.Execute(_context, scope.Row))
        {
            result.Add(Eval(expression.Projection, scope with { Row = row }));
        }

        return result;
    }

    private bool EvalPatternPredicate(PatternPredicateExpression expression, Scope scope) =>
        _context.Subplan(expression, scope.Row).Execute(_context, scope.Row).Any();

    /// <summary>
    /// <c>size([pattern | x])</c> without building the list, when the projection cannot fail (so skipping it
    /// changes nothing); from the degree when the pattern is one bare hop.
    /// </summary>
    private bool TryCountPatternComprehension(FunctionCallExpression call, Scope scope, out object? count)
    {
        count = null;
        if (!call.Name.Equals("size", StringComparison.OrdinalIgnoreCase)
            || call.Arguments is not [PatternComprehensionExpression { Projection: LiteralExpression or VariableExpression or ParameterExpression } comprehension])
        {
            return false;
        }

        count = CountRows(_context.Subplan(comprehension, scope.Row), scope.Row);
        return true;
    }

    private long CountRows(Operators.Operator plan, Row row) =>
        plan is Operators.IRowCounter counter ? counter.CountRows(_context, row) : plan.Execute(_context, row).LongCount();

    private object? EvalSubquery(SubqueryExpression expression, Scope scope)
    {
        var plan = _context.Subplan(expression, scope.Row);
        if (expression.Kind == SubqueryKind.Count)
        {
            return CountRows(plan, scope.Row);
        }

        var rows = plan.Execute(_context, scope.Row);
        switch (expression.Kind)
        {
            case SubqueryKind.Exists:
                return rows.Any();
            default:
                var column = expression.Query.Parts[0].Clauses[^1] is ReturnClause { Body.Items: [var item, ..] } ? item.Name : null;
                return rows.Select(r => column is null ? r.Values.Values.FirstOrDefault() : r[column]).ToList();
        }
    }

    private object? EvalMapProjection(MapProjectionExpression expression, Scope scope)
    {
        var subject = scope.Row[expression.Variable];
        if (subject is null)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in expression.Items)
        {
            switch (item)
            {
                case PropertySelector selector:
                    result[selector.Key] = PropertyOf(subject, selector.Key);
                    break;
                case LiteralEntry entry:
                    result[entry.Key] = Eval(entry.Value, scope);
                    break;
                case VariableSelector variable:
                    result[variable.Variable] = scope.Row[variable.Variable];
                    break;
                case AllPropertiesSelector:
                    foreach (var (key, value) in AllProperties(subject))
                    {
                        result[key] = value;
                    }

                    break;
            }
        }

        return result;
    }

    private static IReadOnlyDictionary<string, object?> AllProperties(object subject) => subject switch
    {
        StoredNode or StoredRelationship => EntityProperties(subject),
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw EngineErrors.TypeError($"Expected a map, node or relationship for a map projection but was {CypherTypes.TypeName(subject)}."),
    };
}
