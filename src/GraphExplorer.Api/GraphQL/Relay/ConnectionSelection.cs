using GraphQL;

namespace GraphExplorer.Api.GraphQL.Relay;

/// <summary>What a connection field's selection asks for, so that nothing unasked is computed.</summary>
internal static class ConnectionSelection
{
    /// <summary>Whether the selection of the connection field being resolved includes <c>totalCount</c> (under any alias, in fragments too).</summary>
    public static bool WantsTotalCount(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SubFields is { } fields && fields.Values.Any(f => f.FieldType.Name == "totalCount");
    }
}
