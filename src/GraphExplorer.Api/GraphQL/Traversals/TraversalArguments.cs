using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Traversals;
using GraphQL;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>Reads the arguments of the traversal fields; bad ones fail with a GraphQL error naming the argument.</summary>
internal static class TraversalArguments
{
    /// <summary>The entity an <c>ID</c> argument names (a global id of one of the eight entity types).</summary>
    public static NodeReference Node(IResolveFieldContext context, string argument)
    {
        var value = context.GetArgument<string>(argument);
        if (GlobalId.TryDecode(value, out var type, out var id) && EntityLabels.IsEntity(type))
        {
            return new NodeReference(type, id);
        }

        throw new ExecutionError($"'{argument}' is not the id of an entity.") { Code = ErrorCodes.InvalidId };
    }

    /// <summary>The time window of <c>asOf</c> or <c>during</c> (<c>asOf</c> wins when both are given), or <c>null</c> for any time.</summary>
    public static DateInterval? Window(IResolveFieldContext context)
    {
        if (context.GetArgument<string?>("asOf") is { } asOf)
        {
            return Date(asOf, "asOf");
        }

        if (context.GetArgument<Dictionary<string, object?>?>("during") is { } during)
        {
            var from = during.GetValueOrDefault("from") as string;
            var to = during.GetValueOrDefault("to") as string;
            return DateInterval.Between(from is null ? null : Date(from, "during.from"), to is null ? null : Date(to, "during.to"));
        }

        return null;
    }

    /// <summary>A possibly partial date as its interval.</summary>
    public static DateInterval Date(string text, string argument) =>
        PartialDate.TryParse(text, out var interval)
            ? interval
            : throw new ExecutionError($"'{argument}' is '{text}', which is not a date: use yyyy, yyyy-MM or yyyy-MM-dd.") { Code = ErrorCodes.InvalidDate };

    /// <summary>The entity a criterion names by its global id, or <c>null</c> when it is not a global id.</summary>
    public static NodeReference? CriterionNode(IResolveFieldContext context, string argument) =>
        GlobalId.TryDecode(context.GetArgument<string?>(argument), out var type, out var id) && EntityLabels.IsEntity(type) ? new NodeReference(type, id) : null;

    /// <summary>An encounter criterion: a global id is read as the entity's stable id, anything else is kept as it is.</summary>
    public static string? Criterion(IResolveFieldContext context, string argument)
    {
        var value = context.GetArgument<string?>(argument);
        return GlobalId.TryDecode(value, out var type, out var id) && EntityLabels.IsEntity(type) ? id : value;
    }

    /// <summary>What a traversal follows: <c>relationshipTypes</c> (each checked), <c>asOf</c>/<c>during</c>, <c>includeSources</c>, and the configured supernode degree.</summary>
    public static TraversalFilter Filter(IResolveFieldContext context, TraversalOptions options)
    {
        var types = context.GetArgument<List<string>?>("relationshipTypes");
        if (types?.FirstOrDefault(t => !EntityLabels.IsRelationshipType(t)) is { } badType)
        {
            throw new ExecutionError($"'{badType}' is not a relationship type (UPPER_SNAKE_CASE).") { Code = ErrorCodes.InvalidArgument };
        }

        return new TraversalFilter(types, Window(context), context.GetArgument("includeSources", false), Math.Max(0, options.SupernodeDegree));
    }
}
