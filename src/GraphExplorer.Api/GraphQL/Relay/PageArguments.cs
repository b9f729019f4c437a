using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Core.Entities;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Relay;

/// <summary>The <c>first/after/last/before</c> arguments of connections, their defaults and limits.</summary>
internal static class PageArguments
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The four paging arguments, for a connection field.</summary>
    public static QueryArguments Create() => new(
        new QueryArgument<IntGraphType> { Name = "first", Description = $"Returns the first n elements (default {DefaultPageSize}, at most {MaxPageSize})." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the elements after this cursor." },
        new QueryArgument<IntGraphType> { Name = "last", Description = $"Returns the last n elements (at most {MaxPageSize})." },
        new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the elements before this cursor." });

    /// <summary>The window the arguments ask for.</summary>
    /// <exception cref="ExecutionError">A size is negative or over the maximum (<c>PAGE_SIZE_EXCEEDED</c>), or a cursor is not one.</exception>
    public static PageWindow Read(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        foreach (var (name, size) in new[] { ("first", first), ("last", last) })
        {
            if (size is < 0)
            {
                throw new ExecutionError($"'{name}' must not be negative.") { Code = ErrorCodes.InvalidArgument };
            }

            if (size > MaxPageSize)
            {
                throw new ExecutionError($"'{name}' is {size}; a page holds at most {MaxPageSize} elements.") { Code = ErrorCodes.PageSizeExceeded };
            }
        }

        if (first is null && last is null)
        {
            first = DefaultPageSize;
        }

        return new PageWindow(ReadCursor(context, "after"), ReadCursor(context, "before"), first, last);
    }

    private static int? ReadCursor(IResolveFieldContext context, string name)
    {
        var cursor = context.GetArgument<string?>(name);
        if (cursor is null)
        {
            return null;
        }

        return Cursor.TryDecode(cursor, out var offset)
            ? offset
            : throw new ExecutionError($"'{name}' is not a cursor of this connection.") { Code = ErrorCodes.InvalidCursor };
    }
}
