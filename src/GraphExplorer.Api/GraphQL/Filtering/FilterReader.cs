using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Core.Entities;
using GraphQL;

namespace GraphExplorer.Api.GraphQL.Filtering;

/// <summary>Turns <c>where</c> and <c>order</c> argument values into the Core filter model.</summary>
internal static class FilterReader
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq,
        ["neq"] = FilterOperator.Neq,
        ["in"] = FilterOperator.In,
        ["contains"] = FilterOperator.Contains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["gt"] = FilterOperator.Gt,
        ["gte"] = FilterOperator.Gte,
        ["lt"] = FilterOperator.Lt,
        ["lte"] = FilterOperator.Lte,
    };

    /// <summary>The filter a <c>where</c> value states for <paramref name="entity"/>; null for none.</summary>
    public static EntityFilter? ReadFilter(EntitySpec entity, object? value)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            return null;
        }

        var filters = new List<EntityFilter>();
        foreach (var (name, argument) in fields)
        {
            switch (name)
            {
                case "AND":
                    filters.Add(new AllOfFilter([.. List(argument).Select(v => ReadFilter(entity, v) ?? new AllOfFilter([]))]));
                    break;
                case "OR":
                    filters.Add(new AnyOfFilter([.. List(argument).Select(v => ReadFilter(entity, v) ?? new AllOfFilter([]))]));
                    break;
                case "NOT" when argument is not null:
                    filters.Add(new NotFilter(ReadFilter(entity, argument) ?? new AllOfFilter([])));
                    break;
                default:
                    if (EntityCatalog.Field(entity.Label, name) is { } field)
                    {
                        filters.AddRange(ReadRelation(field, argument));
                    }
                    else
                    {
                        filters.AddRange(ReadOperations(name == "key" ? EntityCatalog.IdProperty : name, argument));
                    }

                    break;
            }
        }

        return filters.Count == 1 ? filters[0] : new AllOfFilter(filters);
    }

    /// <summary>The sort keys an <c>order</c> value states: one list element per key, in order.</summary>
    public static IReadOnlyList<EntityOrder> ReadOrder(object? value)
    {
        var order = new List<EntityOrder>();
        foreach (var element in List(value).OfType<IDictionary<string, object?>>())
        {
            foreach (var (name, direction) in element)
            {
                if (direction is not null)
                {
                    order.Add(new EntityOrder(name == "key" ? EntityCatalog.IdProperty : name, direction.ToString() == "DESC"));
                }
            }
        }

        return order;
    }

    private static IEnumerable<EntityFilter> ReadRelation(RelationshipField field, object? value)
    {
        if (value is not IDictionary<string, object?> quantifiers)
        {
            yield break;
        }

        var target = EntityCatalog.Entity(field.TargetLabels[0])
            ?? throw new ExecutionError($"'{field.Field}' cannot be filtered.") { Code = ErrorCodes.InvalidFilter };
        foreach (var (name, inner) in quantifiers)
        {
            var quantifier = name switch
            {
                "some" => RelationQuantifier.Some,
                "none" => RelationQuantifier.None,
                _ => RelationQuantifier.All,
            };
            yield return new RelationFilter(field, quantifier, ReadFilter(target, inner));
        }
    }

    private static IEnumerable<EntityFilter> ReadOperations(string property, object? value)
    {
        if (value is not IDictionary<string, object?> operations)
        {
            yield break;
        }

        foreach (var (name, operand) in operations)
        {
            var op = Operators[name];
            if (op == FilterOperator.In)
            {
                yield return new PropertyFilter(property, op, List(operand).ToList());
            }
            else if (operand is not null || op is FilterOperator.Eq or FilterOperator.Neq)
            {
                yield return new PropertyFilter(property, op, operand);
            }
        }
    }

    private static IEnumerable<object?> List(object? value) => value as IEnumerable<object?> ?? [];
}
