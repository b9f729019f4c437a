using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Expressions;

/// <summary>
/// Evaluates syntax-tree expressions against a row: variables, parameters, operators (through the
/// value semantics in <c>Values/</c>), functions and subqueries. Not thread-safe (one per statement).
/// </summary>
internal sealed partial class ExpressionEvaluator
{
    private readonly ExecutionContext _context;

    public ExpressionEvaluator(ExecutionContext context)
    {
        _context = context;
    }

    /// <summary>The value of <paramref name="expression"/> in <paramref name="row"/>.</summary>
    /// <param name="aggregates">Results of the aggregate calls inside the expression, after grouping.</param>
    public object? Evaluate(Expression expression, Row row, IReadOnlyDictionary<Expression, object?>? aggregates = null) =>
        Eval(expression, new Scope(row, aggregates));

    /// <summary>Evaluates a predicate: true only when the value is <c>true</c> (null and false both reject).</summary>
    public bool IsTrue(Expression expression, Row row) => Evaluate(expression, row) is true;

    private object? Eval(Expression expression, Scope scope) => expression switch
    {
        LiteralExpression literal => literal.Value,
        ParameterExpression parameter => _context.Parameters.TryGetValue(parameter.Name, out var value)
            ? value
            : throw EngineErrors.ParameterMissing(parameter.Name, parameter.Position),
        VariableExpression variable => scope.Row[variable.Name],
        PropertyExpression property => PropertyOf(Eval(property.Target, scope), property.Key),
        ListExpression list => EvalList(list, scope),
        MapExpression map => BuildMap(map, scope),
        BinaryExpression binary => EvalBinary(binary, scope),
        UnaryExpression unary => unary.Operator switch
        {
            UnaryOperator.Not => CypherOperators.Not(Eval(unary.Operand, scope)),
            UnaryOperator.Negate => CypherOperators.Negate(Eval(unary.Operand, scope)),
            _ => CypherOperators.Plus(Eval(unary.Operand, scope)),
        },
        IsNullExpression isNull => (Eval(isNull.Operand, scope) is null) != isNull.Negated,
        HasLabelsExpression hasLabels => HasLabels(Eval(hasLabels.Target, scope), hasLabels.Labels),
        IndexExpression index => Subscript(Eval(index.Target, scope), Eval(index.Index, scope)),
        SliceExpression slice => CypherOperators.Slice(
            Eval(slice.Target, scope),
            slice.From is null ? null : Eval(slice.From, scope),
            slice.From is not null,
            slice.To is null ? null : Eval(slice.To, scope),
            slice.To is not null),
        FunctionCallExpression call => scope.Aggregates is not null && scope.Aggregates.TryGetValue(call, out var aggregated)
            ? aggregated
            : CallFunction(call, scope),
        CountStarExpression countStar => scope.Aggregates is not null && scope.Aggregates.TryGetValue(countStar, out var count)
            ? count
            : throw EngineErrors.SemanticError("count(*) is only allowed in a projection.", null, countStar.Position),
        CaseExpression caseExpression => EvalCase(caseExpression, scope),
        ListComprehensionExpression comprehension => EvalListComprehension(comprehension, scope),
        QuantifierExpression quantifier => EvalQuantifier(quantifier, scope),
        ReduceExpression reduce => EvalReduce(reduce, scope),
        PatternComprehensionExpression pattern => EvalPatternComprehension(pattern, scope),
        PatternPredicateExpression predicate => EvalPatternPredicate(predicate, scope),
        SubqueryExpression subquery => EvalSubquery(subquery, scope),
        MapProjectionExpression projection => EvalMapProjection(projection, scope),
        _ => throw EngineErrors.NotSupported($"the expression {expression.GetType().Name}", expression.Position),
    };

    // Kept out of Eval: a lambda capturing the scope there would allocate a closure on every evaluation.
    private List<object?> EvalList(ListExpression list, Scope scope)
    {
        var items = new List<object?>(list.Items.Count);
        foreach (var item in list.Items)
        {
            items.Add(Eval(item, scope));
        }

        return items;
    }

    private Dictionary<string, object?> BuildMap(MapExpression map, Scope scope)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            result[key] = Eval(value, scope);
        }

        return result;
    }

    private object? EvalBinary(BinaryExpression binary, Scope scope)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And:
            {
                var left = Eval(binary.Left, scope);
                return left is false ? false : CypherOperators.And(left, Eval(binary.Right, scope));
            }

            case BinaryOperator.Or:
            {
                var left = Eval(binary.Left, scope);
                return left is true ? true : CypherOperators.Or(left, Eval(binary.Right, scope));
            }
        }

        var a = Eval(binary.Left, scope);
        var b = Eval(binary.Right, scope);
        return binary.Operator switch
        {
            BinaryOperator.Xor => CypherOperators.Xor(a, b),
            BinaryOperator.Equal => CypherEquality.Equals(a, b),
            BinaryOperator.NotEqual => !CypherEquality.Equals(a, b),
            BinaryOperator.LessThan => CypherComparison.LessThan(a, b),
            BinaryOperator.GreaterThan => CypherComparison.GreaterThan(a, b),
            BinaryOperator.LessThanOrEqual => CypherComparison.LessThanOrEqual(a, b),
            BinaryOperator.GreaterThanOrEqual => CypherComparison.GreaterThanOrEqual(a, b),
            BinaryOperator.RegexMatch => CypherOperators.RegexMatch(a, b),
            BinaryOperator.StartsWith => CypherOperators.StartsWith(a, b),
            BinaryOperator.EndsWith => CypherOperators.EndsWith(a, b),
            BinaryOperator.Contains => CypherOperators.Contains(a, b),
            BinaryOperator.In => CypherOperators.In(a, b),
            BinaryOperator.Add => CypherOperators.Add(a, b),
            BinaryOperator.Concatenate => CypherOperators.Concatenate(a, b),
            BinaryOperator.Subtract => CypherOperators.Subtract(a, b),
            BinaryOperator.Multiply => CypherOperators.Multiply(a, b),
            BinaryOperator.Divide => CypherOperators.Divide(a, b),
            BinaryOperator.Modulo => CypherOperators.Modulo(a, b),
            BinaryOperator.Power => CypherOperators.Power(a, b),
            _ => throw EngineErrors.NotSupported($"the operator {binary.Operator}", binary.Position),
        };
    }

    /// <summary><c>value.key</c> on a node, relationship, map (or null).</summary>
    public static object? PropertyOf(object? value, string key) => value switch
    {
        null => null,
        StoredNode node => node.IsDeleted ? throw EngineErrors.DeletedEntityAccess("Node", node.Id) : node.GetProperty(key),
        StoredRelationship relationship => relationship.IsDeleted
            ? throw EngineErrors.DeletedEntityAccess("Relationship", relationship.Id)
            : relationship.GetProperty(key),
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(key),
        _ => TemporalComponents.Get(value, key),
    };

    private static object? Subscript(object? target, object? index) => target switch
    {
        StoredNode or StoredRelationship when index is string key => PropertyOf(target, key),
        StoredNode or StoredRelationship when index is not null =>
            throw EngineErrors.TypeError($"Property access requires a STRING key, but was {CypherTypes.TypeName(index)}.", "MapElementAccessByNonString"),
        _ => CypherOperators.Subscript(target, index),
    };

    private static object? HasLabels(object? target, IReadOnlyList<string> labels) => target switch
    {
        null => null,
        StoredNode node => labels.All(node.HasLabel),
        StoredRelationship relationship => labels.All(l => l == relationship.Type),
        _ => throw EngineErrors.TypeError($"Expected a node but was {CypherTypes.TypeName(target)}."),
    };

    private object? EvalCase(CaseExpression expression, Scope scope)
    {
        if (expression.Subject is null)
        {
            foreach (var alternative in expression.Alternatives)
            {
                if (Eval(alternative.When, scope) is true)
                {
                    return Eval(alternative.Then, scope);
                }
            }
        }
        else
        {
            var subject = Eval(expression.Subject, scope);
            foreach (var alternative in expression.Alternatives)
            {
                if (CypherEquality.Equals(subject, Eval(alternative.When, scope)) is true)
                {
                    return Eval(alternative.Then, scope);
                }
            }
        }

        return expression.Else is null ? null : Eval(expression.Else, scope);
    }

    /// <summary>The row and, after grouping, the values of the aggregate calls.</summary>
    private readonly record struct Scope(Row Row, IReadOnlyDictionary<Expression, object?>? Aggregates)
    {
        public Scope With(string name, object? value) => this with { Row = Row.With(name, value) };
    }
}
