using GraphExplorer.Engine.Parsing.Ast;

namespace GraphExplorer.Engine.Binding;

/// <summary>Expressions with their own variables: comprehensions, quantifiers, reduce, patterns, subqueries, map projections.</summary>
internal sealed partial class StatementAnalyzer
{
    private StaticType CheckScoped(Expression expression, Scope scope, ExpressionContext context)
    {
        // Aggregates inside these bodies would aggregate per element: Neo4j refuses them.
        var body = context with { AllowAggregates = false };
        switch (expression)
        {
            case ListComprehensionExpression comprehension:
            {
                var source = Check(comprehension.Source, scope, context);
                var local = WithLocal(scope, comprehension.Variable, new StaticType(source.ElementType));
                if (comprehension.Where is not null)
                {
                    RequireKinds(comprehension.Where, Check(comprehension.Where, local, body with { PatternAllowed = true }), TypeFlags.Boolean);
                }

                return comprehension.Projection is null ? StaticType.ListOf(source.ElementType) : StaticType.ListOf(Check(comprehension.Projection, local, body).Flags);
            }

            case QuantifierExpression quantifier:
            {
                var source = Check(quantifier.Source, scope, context);
                RequireKinds(quantifier.Source, source, TypeFlags.List);
                var local = WithLocal(scope, quantifier.Variable, new StaticType(source.ElementType));
                if (quantifier.Where is not null)
                {
                    RequireKinds(quantifier.Where, Check(quantifier.Where, local, body with { PatternAllowed = true }), TypeFlags.Boolean);
                }

                return StaticType.Boolean;
            }

            case ReduceExpression reduce:
            {
                var initial = Check(reduce.Initial, scope, context);
                var source = Check(reduce.Source, scope, context);
                var local = WithLocal(scope, reduce.Accumulator, StaticType.Any);
                local.Set(reduce.Variable, new StaticType(source.ElementType));
                return initial.Union(Check(reduce.Body, local, body));
            }

            case PatternComprehensionExpression comprehension:
            {
                var local = scope.Clone();
                var pattern = new Pattern([new PatternPart(comprehension.PathVariable, comprehension.Pattern, PathSelector.All) { Position = comprehension.Position }]) { Position = comprehension.Position };
                BindPattern(pattern, local, PatternMode.Comprehension);
                if (comprehension.Where is not null)
                {
                    RequireKinds(comprehension.Where, Check(comprehension.Where, local, body with { PatternAllowed = true }), TypeFlags.Boolean);
                }

                return StaticType.ListOf(Check(comprehension.Projection, local, body).Flags);
            }

            case PatternPredicateExpression predicate:
                if (!context.PatternAllowed)
                {
                    throw SemanticErrors.At(predicate, SemanticErrors.UnexpectedSyntax,
                        "A pattern expression should only be used in order to test the existence of a pattern. It should therefore only be used in contexts that evaluate to a boolean, e.g. inside the function exists() or in a WHERE-clause. No other uses are allowed, instead they should be replaced by a pattern comprehension.");
                }

                BindPattern(new Pattern([new PatternPart(null, predicate.Pattern, PathSelector.All) { Position = predicate.Position }]) { Position = predicate.Position }, scope.Clone(), PatternMode.Predicate);
                return StaticType.Boolean;
            case SubqueryExpression subquery:
            {
                var kind = subquery.Kind switch
                {
                    SubqueryKind.Exists => QueryKind.ExistsSubquery,
                    SubqueryKind.Count => QueryKind.CountSubquery,
                    _ => QueryKind.CollectSubquery,
                };
                var columns = AnalyzeQuery(subquery.Query, scope, kind);
                if (subquery.Kind == SubqueryKind.Collect && columns.Count != 1)
                {
                    throw SemanticErrors.At(subquery, SemanticErrors.InvalidClauseComposition, "A COLLECT subquery must end with a single return column");
                }

                return subquery.Kind switch
                {
                    SubqueryKind.Exists => StaticType.Boolean,
                    SubqueryKind.Count => StaticType.Integer,
                    _ => StaticType.ListOf(TypeFlags.Any),
                };
            }

            case MapProjectionExpression projection:
                if (!scope.TryGet(projection.Variable, out var type))
                {
                    throw SemanticErrors.At(projection, SemanticErrors.UndefinedVariable, $"Variable `{projection.Variable}` not defined");
                }

                RequireKinds(projection, type, TypeFlags.Map | TypeFlags.Node | TypeFlags.Relationship);
                foreach (var item in projection.Items)
                {
                    switch (item)
                    {
                        case LiteralEntry entry:
                            Check(entry.Value, scope, context);
                            break;
                        case VariableSelector selector when !scope.Contains(selector.Variable):
                            throw SemanticErrors.At(item, SemanticErrors.UndefinedVariable, $"Variable `{selector.Variable}` not defined");
                    }
                }

                return StaticType.Map;
            default:
                return StaticType.Any;
        }
    }

    private static Scope WithLocal(Scope scope, string name, StaticType type)
    {
        var local = scope.Clone();
        local.Set(name, type);
        return local;
    }
}
