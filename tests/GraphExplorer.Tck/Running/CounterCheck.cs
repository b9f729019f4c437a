using GraphExplorer.Graph;

namespace GraphExplorer.Tck.Running;

/// <summary>
/// Compares the engine's <see cref="QueryCounters"/> with a TCK side-effect table, for information only:
/// the TCK measures the graph (distinct labels, property triples, net effects), the counters count operations,
/// so they legitimately differ in places (e.g. <c>CREATE (:L), (:L)</c> is <c>+labels 1</c> but <c>LabelsAdded 2</c>).
/// </summary>
internal static class CounterCheck
{
    /// <summary>The TCK quantity each counter stands for; <c>-properties</c> has no counter of its own in the port.</summary>
    public static IReadOnlyList<(string TckName, string CounterName, Func<QueryCounters, int> Read)> Mapping { get; } =
    [
        ("+nodes", nameof(QueryCounters.NodesCreated), c => c.NodesCreated),
        ("-nodes", nameof(QueryCounters.NodesDeleted), c => c.NodesDeleted),
        ("+relationships", nameof(QueryCounters.RelationshipsCreated), c => c.RelationshipsCreated),
        ("-relationships", nameof(QueryCounters.RelationshipsDeleted), c => c.RelationshipsDeleted),
        ("+properties", nameof(QueryCounters.PropertiesSet), c => c.PropertiesSet),
        ("+labels", nameof(QueryCounters.LabelsAdded), c => c.LabelsAdded),
        ("-labels", nameof(QueryCounters.LabelsRemoved), c => c.LabelsRemoved),
    ];

    /// <summary>The quantities whose counter differs from the TCK's expectation, or <c>null</c> when all agree.</summary>
    public static string? Disagreements(IReadOnlyDictionary<string, int> expected, QueryCounters counters)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(counters);
        var differences = Mapping
            .Where(m => m.Read(counters) != expected.GetValueOrDefault(m.TckName))
            .Select(m => $"{m.TckName} {expected.GetValueOrDefault(m.TckName)} vs {m.CounterName} {m.Read(counters)}")
            .ToList();
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }
}
