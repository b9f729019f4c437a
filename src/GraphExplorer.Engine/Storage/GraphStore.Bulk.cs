namespace GraphExplorer.Engine.Storage;

/// <summary>
/// Read primitives the bulk writer (<c>Storage/Bulk/</c>) needs beyond the public mutation methods. They sit
/// here, in one place, so a change of the node and relationship layout touches them and not the bulk writer.
/// </summary>
internal sealed partial class GraphStore
{
    /// <summary>
    /// The live relationships of <paramref name="type"/> from <paramref name="start"/> to <paramref name="end"/>,
    /// or <c>null</c> when there is none. Walks the adjacency list of the end with the smaller degree, so a
    /// merge into a hub node (every node's <c>SOURCED_FROM</c> to one <c>Source</c>) costs the other end's degree.
    /// </summary>
    public static List<StoredRelationship>? RelationshipsBetween(StoredNode start, string type, StoredNode end)
    {
        List<StoredRelationship>? found = null;
        var fromStart = start.Outgoing.Count <= end.Incoming.Count;
        var adjacency = fromStart ? start.Outgoing : end.Incoming;
        foreach (var relationship in adjacency)
        {
            var other = fromStart ? relationship.End : relationship.Start;
            if (ReferenceEquals(other, fromStart ? end : start) && !relationship.IsDeleted
                && string.Equals(relationship.Type, type, StringComparison.Ordinal))
            {
                (found ??= []).Add(relationship);
            }
        }

        return found;
    }
}
