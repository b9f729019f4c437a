using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary><c>SKIP n</c> and/or <c>LIMIT m</c>; the counts are evaluated once, before any row.</summary>
internal sealed class SkipLimitOperator : Operator
{
    private readonly Operator _source;
    private readonly Expression? _skip;
    private readonly Expression? _limit;

    public SkipLimitOperator(Operator source, Expression? skip, Expression? limit)
        : base(source)
    {
        _source = source;
        _skip = skip;
        _limit = limit;
    }

    /// <inheritdoc />
    public override string Name => _limit is null ? "Skip" : _skip is null ? "Limit" : "Skip+Limit";

    /// <inheritdoc />
    protected override IEnumerable<Row> Produce(ExecutionContext context, Row argument)
    {
        var skip = _skip is null ? 0 : Count(context, _skip, argument);
        var limit = _limit is null ? long.MaxValue : Count(context, _limit, argument);

        // Updates below must all happen even when LIMIT keeps none of their rows.
        var rows = _source.UpdatesAnywhere() ? _source.Execute(context, argument).ToList() : _source.Execute(context, argument);
        if (limit == 0)
        {
            yield break;
        }

        long index = 0, produced = 0;
        foreach (var row in rows)
        {
            if (index++ < skip)
            {
                continue;
            }

            yield return row;
            if (++produced >= limit)
            {
                yield break;
            }
        }
    }

    /// <summary>The value of a SKIP or LIMIT expression, checked (a non-negative integer) with Neo4j's errors.</summary>
    internal static long Count(ExecutionContext context, Expression expression, Row argument)
    {
        var value = context.Evaluator.Evaluate(expression, argument);
        try
        {
            return CountOf(value, expression);
        }
        catch (CypherException error)
        {
            throw ParameterErrors.Naming(error, expression);
        }
    }

    private static long CountOf(object? value, Expression expression)
    {
        return value switch
        {
            long n when n >= 0 => n,
            long => throw new CypherException(
                StatusCodes.ArgumentError, $"Invalid input. '{value}' is not a valid value. Must be a non-negative integer.", ErrorPhase.Runtime, "NegativeIntegerArgument", expression.Position),
            double d when d == Math.Floor(d) && d >= 0 => (long)d,
            _ => throw new CypherException(
                StatusCodes.ArgumentError, $"Invalid input. '{Errors.EngineErrors.Format(value)}' is not a valid value. Must be a non-negative integer.", ErrorPhase.Runtime, CypherErrors.InvalidArgumentType, expression.Position),
        };
    }
}
