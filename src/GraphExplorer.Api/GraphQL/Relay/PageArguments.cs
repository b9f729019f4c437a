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

    /// <summary>The window the arguments ask for, in a list sorted by <paramref name="order"/>.</summary>
    /// <exception cref="ExecutionError">A size is negative or over the maximum (<c>PAGE_SIZE_EXCEEDED</c>), or a cursor is not one of this order.</exception>
    public static PageWindow Read(IResolveFieldContext context, PageOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
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

        return new PageWindow(ReadCursor(context, "after", order), ReadCursor(context, "before", order), first, last);
    }

    private static PageKey? ReadCursor(IResolveFieldContext context, string name, PageOrder order)
    {
        var cursor = context.GetArgument<string?>(name);
        if (cursor is null)
        {
            return null;
        }

        var message = Cursor.TryDecode(cursor, order.Signature, out var key) switch
        {
            Cursor.Problem.None => null,
            Cursor.Problem.Offset => $"'{name}' is an offset cursor of an earlier version of this API; cursors now carry the sort keys. Ask for the first page again and page on with its cursors.",
            Cursor.Problem.OtherOrder => $"'{name}' is a cursor of this connection under another `order`; cursors are valid only under the order they came with.",
            _ => $"'{name}' is not a cursor of this connection.",
        };
        return message is null ? key : throw new ExecutionError(message) { Code = ErrorCodes.InvalidCursor };
    }
}
