namespace GraphExplorer.Engine.Storage;

/// <summary>
/// Checks the invariants of a store after recovery or a crash test: no dangling relationships, adjacency
/// lists and the label index agree with the data, constraints hold, property and fulltext indexes hold exactly the
/// nodes they should, and the counts store equals counts taken from scratch (<c>StoreConsistencyChecker.Counts.cs</c>). Returns the violations found (empty when consistent). Read-only; call it while no
/// writer runs.
/// </summary>
internal static partial class StoreConsistencyChecker
{
    /// <summary>Every invariant the store breaks, as readable sentences.</summary>
    public static IReadOnlyList<string> Check(GraphStore store)
    {
        var problems = new List<string>();
        var nodes = store.Nodes.ToDictionary(n => n.Id);
        var relationships = store.Relationships.ToDictionary(r => r.Id);
        CheckRelationships(relationships.Values, nodes, problems);
        CheckAdjacency(nodes.Values, relationships, problems);
        CheckLabels(store, nodes, problems);
        CheckConstraints(store, problems);
        CheckIndexes(store, problems);
        CheckCounts(store, nodes.Values, problems);
        problems.AddRange(store.FulltextProblems());
        return problems;
    }

    private static void CheckRelationships(IEnumerable<StoredRelationship> relationships, Dictionary<long, StoredNode> nodes, List<string> problems)
    {
        foreach (var r in relationships)
        {
            if (r.IsDeleted)
            {
                problems.Add($"relationship {r.Id} is marked deleted but still stored");
            }

            foreach (var end in new[] { r.Start, r.End })
            {
                if (!nodes.TryGetValue(end.Id, out var live) || !ReferenceEquals(live, end) || end.IsDeleted)
                {
                    problems.Add($"relationship {r.Id} dangles: node {end.Id} is not live");
                }
            }

            if (!r.Start.Outgoing.Contains(r) || !r.End.Incoming.Contains(r))
            {
                problems.Add($"relationship {r.Id} is missing from its nodes' adjacency lists");
            }
        }
    }

    private static void CheckAdjacency(IEnumerable<StoredNode> nodes, Dictionary<long, StoredRelationship> relationships, List<string> problems)
    {
        foreach (var n in nodes)
        {
            if (n.IsDeleted)
            {
                problems.Add($"node {n.Id} is marked deleted but still stored");
            }

            foreach (var r in n.Outgoing.Concat(n.Incoming))
            {
                if (!relationships.TryGetValue(r.Id, out var live) || !ReferenceEquals(live, r))
                {
                    problems.Add($"node {n.Id} lists relationship {r.Id}, which is not live");
                }
            }
        }
    }

    private static void CheckLabels(GraphStore store, Dictionary<long, StoredNode> nodes, List<string> problems)
    {
        foreach (var (label, members) in store.LabelIndex)
        {
            foreach (var n in members)
            {
                if (!nodes.ContainsKey(n.Id) || !n.HasLabel(label))
                {
                    problems.Add($"the label index files node {n.Id} under '{label}' wrongly");
                }
            }
        }

        foreach (var n in nodes.Values)
        {
            foreach (var label in n.Labels)
            {
                if (!store.NodesWithLabel(label).Contains(n))
                {
                    problems.Add($"node {n.Id} is missing from the label index under '{label}'");
                }
            }
        }
    }

    private static void CheckConstraints(GraphStore store, List<string> problems)
    {
        foreach (var rule in store.Constraints.Where(c => !c.OnRelationship))
        {
            var members = store.NodesWithLabel(rule.LabelOrType);
            if (rule.RequiresPresence)
            {
                foreach (var n in members.Where(n => rule.Properties.Any(p => !n.Properties.ContainsKey(p))))
                {
                    problems.Add($"node {n.Id} breaks constraint '{rule.Name}': a required property is missing");
                }
            }

            if (rule.IsUnique)
            {
                var index = new PropertyIndex(rule.LabelOrType, rule.Properties);
                foreach (var n in members)
                {
                    if (index.FindOther(n) is { } other)
                    {
                        problems.Add($"nodes {other.Id} and {n.Id} break unique constraint '{rule.Name}'");
                    }

                    index.Add(n);
                }
            }
        }
    }

    private static void CheckIndexes(GraphStore store, List<string> problems)
    {
        foreach (var index in store.PropertyIndexes)
        {
            var expected = store.NodesWithLabel(index.Label).Where(n => index.KeyOf(n) is not null).ToList();
            foreach (var n in expected.Where(n => !index.Seek(index.KeyOf(n)!).Contains(n)))
            {
                problems.Add($"the index on :{index.Label}({string.Join(", ", index.Properties)}) misses node {n.Id}");
            }

            if (index.EntryCount != expected.Count)
            {
                problems.Add($"the index on :{index.Label}({string.Join(", ", index.Properties)}) holds {index.EntryCount} entries; the data has {expected.Count}");
            }
        }
    }
}
