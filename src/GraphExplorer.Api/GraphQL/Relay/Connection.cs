using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.GraphQL.Relay;

/// <summary>One edge of a connection: its cursor, its node and, for relationship fields, the relationship's properties.</summary>
internal sealed record ConnectionEdge(string Cursor, EntityRecord Node, IReadOnlyDictionary<string, object?> RelationshipProperties);

/// <summary>Relay's page information.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A page of a connection and, when the selection asked for it, the total number of items.</summary>
internal sealed record Connection(IReadOnlyList<ConnectionEdge> Edges, int? TotalCount, PageInfo PageInfo)
{
    /// <summary>The connection over <paramref name="page"/>, its cursors made for <paramref name="order"/>.</summary>
    public static Connection From(EntityPage page, PageOrder order)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(order);
        var edges = page.Items.Select(i => new ConnectionEdge(Cursor.Encode(i.Key, order.Signature), i.Node, i.RelationshipProperties)).ToList();
        var pageInfo = new PageInfo(
            page.HasNextPage,
            page.HasPreviousPage,
            edges.Count > 0 ? edges[0].Cursor : null,
            edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, page.TotalCount, pageInfo);
    }
}
