using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.GraphQL.Relay;

/// <summary>One edge of a connection: its cursor, its node and, for relationship fields, the relationship's properties.</summary>
internal sealed record ConnectionEdge(string Cursor, EntityRecord Node, IReadOnlyDictionary<string, object?> RelationshipProperties);

/// <summary>Relay's page information.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A page of a connection with the total number of items.</summary>
internal sealed record Connection(IReadOnlyList<ConnectionEdge> Edges, int TotalCount, PageInfo PageInfo)
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    /// <summary>A connection over the items of a page starting at offset <paramref name="start"/> of <paramref name="total"/>.</summary>
    public static Connection From(IReadOnlyList<EntityRecord> items, int start, int total) =>
        Build([.. items.Select(i => (i, NoProperties))], start, total);

    /// <summary>A connection over a whole list of related nodes, cut to <paramref name="window"/>.</summary>
    public static Connection From(IReadOnlyList<RelatedRecord> related, PageWindow window)
    {
        var (start, stop) = window.Resolve(related.Count);
        return Build([.. related.Skip(start).Take(stop - start).Select(r => (r.Node, r.RelationshipProperties))], start, related.Count);
    }

    private static Connection Build(IReadOnlyList<(EntityRecord Node, IReadOnlyDictionary<string, object?> Properties)> items, int start, int total)
    {
        var edges = items.Select((item, i) => new ConnectionEdge(Cursor.Encode(start + i), item.Node, item.Properties)).ToList();
        var pageInfo = new PageInfo(
            start + edges.Count < total,
            start > 0,
            edges.Count > 0 ? edges[0].Cursor : null,
            edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, total, pageInfo);
    }
}
