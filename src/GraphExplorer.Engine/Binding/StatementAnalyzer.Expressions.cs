using System.Runtime.CompilerServices;
using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Binding;

/// <summary>Expressions: undefined variables, static type errors, aggregation placement; returns each expression's static type.</summary>
internal sealed partial class StatementAnalyzer
{
    private const TypeFlags PropertyHolders = TypeFlags.Map | TypeFlags.Node | TypeFlags.Relationship | TypeFlags.Temporal | TypeFlags.Duration | TypeFlags.Point;
    private const TypeFlags Arithmetic = TypeFlags.Number | TypeFlags.Temporal | TypeFlags.Duration;

    /// <summary>While checking an ORDER BY after DISTINCT/aggregation: projected expressions (by shape) and their types.</summary>
    private Dictionary<string, StaticType>? _projectedShapes;

    private void CheckPredicate(Expression predicate, Scope scope)
    {
        var type = Check(predicate, scope, ExpressionContext.Plain with { PatternAllowed = true });
        RequireKinds(predicate, type, TypeFlags.Boolean);
    }

    private static void RequireKinds(Expression at, StaticType type, TypeFlags allowed)
    {
        if (!type.MayBe(allowed))
        {
            throw SemanticErrors.At(at, SemanticErrors.InvalidArgumentType, $"Type mismatch: expected {new StaticType(allowed).Describe()} but was {type.Describe()}");
        }
    }

    private StaticType Check(Expression expression, Scope scope, ExpressionContext context)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw SemanticErrors.At(expression, SemanticErrors.UnexpectedSyntax, "The expression nests too deeply to be analyzed");
        }

        if (_projectedShapes is not null && _projectedShapes.TryGetValue(ExpressionTree.Shape(expression), out var projectedType))
        {
            return projectedType;
        }

        var inner = context with { PatternAllowed = false };
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Value switch
                {
                    null => StaticType.Null,
                    bool => StaticType.Boolean,
                    long => StaticType.Integer,
                    double => StaticType.Float,
                    string => StaticType.String,
                    _ => StaticType.Any,
                };
            case ParameterExpression:
                return StaticType.Any;
            case VariableExpression variable:
                if (!scope.TryGet(variable.Name, out var type))
                {
                    throw SemanticErrors.At(variable, SemanticErrors.UndefinedVariable, $"Variable `{variable.Name}` not defined");
                }

                return type;
            case PropertyExpression property:
                RequireKinds(property.Target, Check(property.Target, scope, inner), PropertyHolders);
                return StaticType.Any;
            case ListExpression list:
                var elements = TypeFlags.None;
                foreach (var item in list.Items)
                {
                    elements |= Check(item, scope, inner).Flags;
                }

                return StaticType.ListOf(elements);
            case MapExpression map:
                foreach (var entry in map.Entries)
                {
                    Check(entry.Value, scope, inner);
                }

                return StaticType.Map;
            case BinaryExpression binary:
                return CheckBinary(binary, scope, inner);
            case UnaryExpression unary:
                if (unary.Operator == UnaryOperator.Not)
                {
                    RequireKinds(unary.Operand, Check(unary.Operand, scope, inner with { PatternAllowed = true }), TypeFlags.Boolean);
                    return StaticType.Boolean;
                }

                var operand = Check(unary.Operand, scope, inner);
                RequireKinds(unary.Operand, operand, TypeFlags.Number | TypeFlags.Duration);
                return operand;
            case IsNullExpression isNull:
                Check(isNull.Operand, scope, inner);
                return StaticType.Boolean;
            case HasLabelsExpression hasLabels:
                RequireKinds(hasLabels.Target, Check(hasLabels.Target, scope, inner), TypeFlags.Node | TypeFlags.Relationship);
                return StaticType.Boolean;
            case IndexExpression index:
                var target = Check(index.Target, scope, inner);
                Check(index.Index, scope, inner);
                return target.Flags == TypeFlags.List ? new StaticType(target.ElementType) : StaticType.Any;
            case SliceExpression slice:
                var sliced = Check(slice.Target, scope, inner);
                CheckOptional(slice.From, scope, inner);
                CheckOptional(slice.To, scope, inner);
                return sliced.Flags == TypeFlags.List ? sliced : StaticType.Any;
            case FunctionCallExpression call:
                return CheckFunctionCall(call, scope, inner);
            case CountStarExpression countStar:
                CheckAggregatePlacement(countStar, "count(*)", context);
                return StaticType.Integer;
            case CaseExpression caseExpression:
                return CheckCase(caseExpression, scope, inner);
            default:
                return CheckScoped(expression, scope, context);
        }
    }

    private void CheckOptional(Expression? expression, Scope scope, ExpressionContext context)
    {
        if (expression is not null)
        {
            Check(expression, scope, context);
        }
    }

    private StaticType CheckBinary(BinaryExpression binary, Scope scope, ExpressionContext context)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
        {
            var logical = context with { PatternAllowed = true };
            RequireKinds(binary.Left, Check(binary.Left, scope, logical), TypeFlags.Boolean);
            RequireKinds(binary.Right, Check(binary.Right, scope, logical), TypeFlags.Boolean);
            return StaticType.Boolean;
        }

        var left = Check(binary.Left, scope, context);
        var right = Check(binary.Right, scope, context);
        switch (binary.Operator)
        {
            case BinaryOperator.In:
                RequireKinds(binary.Right, right, TypeFlags.List);
                return StaticType.Boolean;
            case BinaryOperator.Add:
                if (left.Flags == TypeFlags.List || right.Flags == TypeFlags.List)
                {
                    return StaticType.ListOf(left.ElementType | right.ElementType);
                }

                return NumericResult(left, right) ?? (left.Flags == TypeFlags.String && right.Flags == TypeFlags.String ? StaticType.String : StaticType.Any);
            case BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo:
                RequireKinds(binary.Left, left, Arithmetic);
                RequireKinds(binary.Right, right, Arithmetic);
                return NumericResult(left, right) ?? StaticType.Any;
            case BinaryOperator.Power:
                RequireKinds(binary.Left, left, TypeFlags.Number);
                RequireKinds(binary.Right, right, TypeFlags.Number);
                return StaticType.Float;
            case BinaryOperator.Concatenate:
                return left.Flags == TypeFlags.List || right.Flags == TypeFlags.List ? StaticType.ListOf(TypeFlags.Any) : StaticType.Any;
            default:
                return StaticType.Boolean;
        }
    }

    private static StaticType? NumericResult(StaticType left, StaticType right)
    {
        if ((left.Flags & ~TypeFlags.Number) != 0 || (right.Flags & ~TypeFlags.Number) != 0)
        {
            return null;
        }

        return left.Flags == TypeFlags.Integer && right.Flags == TypeFlags.Integer ? StaticType.Integer : new StaticType(TypeFlags.Number);
    }

    private StaticType CheckCase(CaseExpression expression, Scope scope, ExpressionContext context)
    {
        CheckOptional(expression.Subject, scope, context);
        var result = TypeFlags.None;
        foreach (var alternative in expression.Alternatives)
        {
            Check(alternative.When, scope, context with { PatternAllowed = expression.Subject is null });
            result |= Check(alternative.Then, scope, context).Flags;
        }

        result |= expression.Else is null ? TypeFlags.Null : Check(expression.Else, scope, context).Flags;
        return new StaticType(result);
    }

    private void CheckAggregatePlacement(Expression call, string name, ExpressionContext context)
    {
        if (context.InAggregate)
        {
            throw SemanticErrors.At(call, SemanticErrors.NestedAggregation, "Can't use aggregate functions inside of aggregate functions.");
        }

        if (!context.AllowAggregates)
        {
            throw SemanticErrors.At(call, SemanticErrors.InvalidAggregation, $"Invalid use of aggregating function {name}(...) in this context");
        }
    }

    private StaticType CheckFunctionCall(FunctionCallExpression call, Scope scope, ExpressionContext context)
    {
        if (!FunctionCatalog.TryGetArity(call.Name, out var min, out var max))
        {
            throw SemanticErrors.At(call, SemanticErrors.UnknownFunction, $"Unknown function '{call.Name}'");
        }

        if (call.Arguments.Count < min || call.Arguments.Count > max)
        {
            var problem = call.Arguments.Count < min ? "Insufficient" : "Too many";
            throw SemanticErrors.At(call, SemanticErrors.InvalidNumberOfArguments, $"{problem} parameters for function '{call.Name}'");
        }

        var argumentContext = context;
        if (FunctionCatalog.IsAggregate(call.Name))
        {
            CheckAggregatePlacement(call, call.Name, context);
            argumentContext = context with { InAggregate = true, AllowAggregates = false };
            if (call.Arguments.Any(ContainsRand))
            {
                throw SemanticErrors.At(call, SemanticErrors.NonConstantExpression, $"Can't use non-deterministic (random) functions inside of aggregate functions.");
            }
        }

        var isExists = string.Equals(call.Name, "exists", StringComparison.OrdinalIgnoreCase);
        var types = new List<StaticType>();
        foreach (var argument in call.Arguments)
        {
            types.Add(Check(argument, scope, argumentContext with { PatternAllowed = isExists }));
        }

        if (types.Count == 1 && FunctionCatalog.TryGetArgumentKinds(call.Name, out var kinds))
        {
            RequireKinds(call.Arguments[0], types[0], kinds);
        }

        if (string.Equals(call.Name, "collect", StringComparison.OrdinalIgnoreCase) && types.Count == 1)
        {
            return StaticType.ListOf(types[0].Flags & ~TypeFlags.Null);
        }

        return FunctionCatalog.ResultType(call.Name);
    }

    private static bool ContainsRand(Expression expression) =>
        (expression is FunctionCallExpression call && string.Equals(call.Name, "rand", StringComparison.OrdinalIgnoreCase))
        || ExpressionTree.Children(expression).Any(ContainsRand);
}
