using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Expressions;

internal sealed partial class ExpressionEvaluator
{
    private object? EvalListComprehension(ListComprehensionExpression expression, Scope scope)
    {
        if (SourceList(Eval(expression.Source, scope)) is not { } source)
        {
            return null;
        }

        var result = new List<object?>();
        foreach (var item in source)
        {
            var inner = scope.With(expression.Variable, item);
            if (expression.Where is null || Eval(expression.Where, inner) is true)
            {
                result.Add(expression.Projection is null ? item : Eval(expression.Projection, inner));
            }
        }

        return result;
    }

    private object? EvalQuantifier(QuantifierExpression expression, Scope scope)
    {
        if (SourceList(Eval(expression.Source, scope)) is not { } source)
        {
            return null;
        }

        int trues = 0, nulls = 0;
        foreach (var item in source)
        {
            var verdict = expression.Where is null ? true : Eval(expression.Where, scope.With(expression.Variable, item));
            switch (verdict)
            {
                case true:
                    trues++;
                    break;
                case null:
                    nulls++;
                    break;
                case false:
                    break;
                default:
                    throw EngineErrors.TypeError($"Expected a BOOLEAN predicate but was {CypherTypes.TypeName(verdict)}.");
            }
        }

        var falses = source.Count - trues - nulls;
        return expression.Quantifier switch
        {
            Quantifier.All => falses > 0 ? false : nulls > 0 ? null : true,
            Quantifier.Any => trues > 0 ? true : nulls > 0 ? null : false,
            Quantifier.None => trues > 0 ? false : nulls > 0 ? null : true,
            _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
        };
    }

    private object? EvalReduce(ReduceExpression expression, Scope scope)
    {
        var accumulator = Eval(expression.Initial, scope);
        if (SourceList(Eval(expression.Source, scope)) is not { } source)
        {
            return null;
        }

        foreach (var item in source)
        {
            var inner = scope.With(expression.Accumulator, accumulator).With(expression.Variable, item);
            accumulator = Eval(expression.Body, inner);
        }

        return accumulator;
    }

    private static IReadOnlyList<object?>? SourceList(object? value) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        IPathValue path => CypherEquality.PathAsList(path),
        _ => throw EngineErrors.TypeError($"Expected a LIST but was {CypherTypes.TypeName(value)}."),
    };
}
