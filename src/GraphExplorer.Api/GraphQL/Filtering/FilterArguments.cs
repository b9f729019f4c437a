using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Core.Entities;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Filtering;

/// <summary>
/// The <c>where</c> and <c>order</c> arguments of a connection of one label, shared by the root connection and every
/// nested relationship connection reaching that label, so both take the same input types and mean the same.
/// </summary>
internal static class FilterArguments
{
    /// <summary>Adds <c>where: &lt;Label&gt;FilterInput</c> and <c>order: [&lt;Label&gt;SortInput!]</c> to <paramref name="arguments"/>.</summary>
    public static QueryArguments AddTo(QueryArguments arguments, string label)
    {
        arguments.Add(new QueryArgument(EntityGraphTypes.Ref(FilterTypes.FilterName(label))) { Name = "where", Description = "Conditions the entities must meet." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(EntityGraphTypes.Ref(FilterTypes.SortName(label))))) { Name = "order", Description = "Sort keys, most significant first; the stable id breaks ties." });
        return arguments;
    }

    /// <summary>The filter and sort keys the field's <c>where</c> and <c>order</c> arguments state for <paramref name="entity"/>.</summary>
    public static RelatedQuery Read(IResolveFieldContext context, EntitySpec entity) =>
        new(FilterReader.ReadFilter(entity, Argument(context, "where")), FilterReader.ReadOrder(Argument(context, "order")));

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
