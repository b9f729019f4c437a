namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// A deterministic random graph: <see cref="NodeCount"/> <c>:Person {id}</c> nodes (ids 0…n-1) and
/// <c>:KNOWS</c> relationships between uniformly chosen distinct nodes, the same for the same seed.
/// </summary>
public sealed class SyntheticGraph
{
    /// <summary>The seed every figure in docs/performance.md was measured with.</summary>
    public const int DefaultSeed = 20_261_130;

    private SyntheticGraph(int nodeCount, long[] starts, long[] ends)
    {
        NodeCount = nodeCount;
        Starts = starts;
        Ends = ends;
    }

    /// <summary>How many nodes the graph has.</summary>
    public int NodeCount { get; }

    /// <summary>The <c>id</c> of each relationship's start node.</summary>
    public IReadOnlyList<long> Starts { get; }

    /// <summary>The <c>id</c> of each relationship's end node.</summary>
    public IReadOnlyList<long> Ends { get; }

    /// <summary>How many relationships the graph has.</summary>
    public int RelationshipCount => Starts.Count;

    /// <summary>Generates the graph (100,000 nodes and 1,000,000 relationships by default).</summary>
    public static SyntheticGraph Generate(int nodeCount = 100_000, int relationshipCount = 1_000_000, int seed = DefaultSeed)
    {
        // Seeded on purpose: every run loads exactly the same graph.
#pragma warning disable CA5394
        var random = new Random(seed);
        var starts = new long[relationshipCount];
        var ends = new long[relationshipCount];
        for (var i = 0; i < relationshipCount; i++)
        {
            var start = random.Next(nodeCount);
            var end = random.Next(nodeCount - 1);
            starts[i] = start;
            ends[i] = end >= start ? end + 1 : end;
        }
#pragma warning restore CA5394

        return new SyntheticGraph(nodeCount, starts, ends);
    }

    /// <summary><paramref name="count"/> node ids drawn with their own seed (start nodes for the queries).</summary>
    public long[] RandomNodeIds(int count, int seed)
    {
#pragma warning disable CA5394
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (long)random.Next(NodeCount))];
#pragma warning restore CA5394
    }
}
