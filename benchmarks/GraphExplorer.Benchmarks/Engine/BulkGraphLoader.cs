using System.Diagnostics;
using GraphExplorer.Engine;
using GraphExplorer.Graph.Bulk;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// Loads a <see cref="SyntheticGraph"/> through the engine's native bulk path (<see cref="IGraphBulkWriter"/>):
/// the same unique constraint and batches as <see cref="GraphLoader"/>, with <c>MERGE</c> semantics instead of
/// <c>CREATE</c> (the few node pairs the generator draws twice get one relationship, as an import would).
/// </summary>
public static class BulkGraphLoader
{
    /// <summary>Creates the same unique constraint as <see cref="GraphLoader"/>, then merges the nodes; returns how long the nodes took.</summary>
    public static async Task<TimeSpan> LoadNodesAsync(EmbeddedGraphDatabase database, SyntheticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(graph);
        await database.RunAsync("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE").ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var ids = Enumerable.Range(0, graph.NodeCount).Select(id => new BulkNode("Person", (long)id, null));
        foreach (var rows in ids.Chunk(GraphLoader.BatchSize))
        {
            await database.MergeNodesAsync("id", rows).ConfigureAwait(false);
        }

        return clock.Elapsed;
    }

    /// <summary>Merges the relationships; returns how long that took and how many were created.</summary>
    public static async Task<(TimeSpan Elapsed, long Created)> LoadRelationshipsAsync(EmbeddedGraphDatabase database, SyntheticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(graph);
        var clock = Stopwatch.StartNew();
        long created = 0;
        for (var first = 0; first < graph.RelationshipCount; first += GraphLoader.BatchSize)
        {
            var rows = new BulkRelationship[Math.Min(GraphLoader.BatchSize, graph.RelationshipCount - first)];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = new BulkRelationship("KNOWS", "Person", graph.Starts[first + i], "Person", graph.Ends[first + i], null);
            }

            created += (await database.MergeRelationshipsAsync("id", rows).ConfigureAwait(false)).Created;
        }

        return (clock.Elapsed, created);
    }
}
