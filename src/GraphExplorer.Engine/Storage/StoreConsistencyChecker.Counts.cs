using GraphExplorer.Engine.Storage.Counts;

namespace GraphExplorer.Engine.Storage;

internal static partial class StoreConsistencyChecker
{
    /// <summary>Recounts every counter of the counts store and every node's per-type degrees from the data, and compares.</summary>
    private static void CheckCounts(GraphStore store, IEnumerable<StoredNode> nodes, List<string> problems)
    {
        var expected = new CountsStore();
        foreach (var relationship in store.Relationships)
        {
            expected.Relationship(relationship, +1);
        }

        foreach (var key in expected.Counters.Keys.Union(store.RelationshipCounters.Keys))
        {
            var want = expected.Counters.GetValueOrDefault(key);
            var have = store.RelationshipCounters.GetValueOrDefault(key);
            if (want != have)
            {
                problems.Add($"the counts store holds {have} for {key}; the data has {want}");
            }
        }

        foreach (var n in nodes)
        {
            CheckDegrees(n, n.Outgoing, "outgoing", problems);
            CheckDegrees(n, n.Incoming, "incoming", problems);
        }

        foreach (var (label, members) in store.LabelIndex)
        {
            var want = nodes.LongCount(n => n.HasLabel(label));
            if (store.CountNodes(label) != want || members.Count != want)
            {
                problems.Add($"the counts store holds {store.CountNodes(label)} nodes for :{label}; the data has {want}");
            }
        }
    }

    private static void CheckDegrees(StoredNode node, AdjacencyList list, string end, List<string> problems)
    {
        var counted = new Dictionary<string, (int Count, int Loops)>(StringComparer.Ordinal);
        foreach (var r in list)
        {
            var (count, loops) = counted.GetValueOrDefault(r.Type);
            counted[r.Type] = (count + 1, loops + (ReferenceEquals(r.Start, r.End) ? 1 : 0));
        }

        var tallied = list.Tallies().ToDictionary(t => t.Type, t => (t.Count, t.Loops), StringComparer.Ordinal);
        foreach (var type in counted.Keys.Union(tallied.Keys))
        {
            if (counted.GetValueOrDefault(type) != tallied.GetValueOrDefault(type) || list.Degree(type) != counted.GetValueOrDefault(type).Count)
            {
                problems.Add($"node {node.Id} tallies {tallied.GetValueOrDefault(type)} {end} :{type} relationships (count, loops); its list has {counted.GetValueOrDefault(type)}");
            }
        }
    }
}
