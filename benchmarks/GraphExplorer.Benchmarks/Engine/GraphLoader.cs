using System.Diagnostics;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>How long a bulk load took, per phase.</summary>
public sealed record LoadTimings(TimeSpan Schema, TimeSpan Nodes, TimeSpan Relationships);

/// <summary>
/// Loads a <see cref="SyntheticGraph"/> through the engine's public Cypher API, as any client would:
/// a unique constraint on <c>:Person(id)</c>, then batched <c>UNWIND $rows … CREATE</c> statements with parameters.
/// </summary>
public static class GraphLoader
{
    /// <summary>Rows per statement (each statement is its own write transaction).</summary>
    public const int BatchSize = 10_000;

    /// <summary>The statement that creates one batch of nodes.</summary>
    public const string CreateNodes = "UNWIND $ids AS id CREATE (:Person {id: id})";

    /// <summary>The statement that creates one batch of relationships between nodes found by the unique index.</summary>
    public const string CreateRelationships =
        "UNWIND $rows AS r MATCH (a:Person {id: r[0]}), (b:Person {id: r[1]}) CREATE (a)-[:KNOWS]->(b)";

    /// <summary>Creates the schema and the nodes (not timed as part of the relationship load).</summary>
    public static async Task<(TimeSpan Schema, TimeSpan Nodes)> LoadNodesAsync(EmbeddedGraphDatabase database, SyntheticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(graph);
        var clock = Stopwatch.StartNew();
        await database.RunAsync("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE").ConfigureAwait(false);
        var schema = clock.Elapsed;
        clock.Restart();
        for (var first = 0; first < graph.NodeCount; first += BatchSize)
        {
            var ids = new List<object?>(BatchSize);
            for (var id = first; id < Math.Min(first + BatchSize, graph.NodeCount); id++)
            {
                ids.Add((long)id);
            }

            await database.RunAsync(CreateNodes, new Dictionary<string, object?> { ["ids"] = ids }).ConfigureAwait(false);
        }

        return (schema, clock.Elapsed);
    }

    /// <summary>Creates the relationships; returns how long that took.</summary>
    public static async Task<TimeSpan> LoadRelationshipsAsync(EmbeddedGraphDatabase database, SyntheticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(graph);
        var clock = Stopwatch.StartNew();
        for (var first = 0; first < graph.RelationshipCount; first += BatchSize)
        {
            var rows = new List<object?>(BatchSize);
            for (var i = first; i < Math.Min(first + BatchSize, graph.RelationshipCount); i++)
            {
                rows.Add(new object?[] { graph.Starts[i], graph.Ends[i] });
            }

            await database.RunAsync(CreateRelationships, new Dictionary<string, object?> { ["rows"] = rows }).ConfigureAwait(false);
        }

        return clock.Elapsed;
    }

    /// <summary>Loads the whole graph into <paramref name="database"/>.</summary>
    public static async Task<LoadTimings> LoadAsync(EmbeddedGraphDatabase database, SyntheticGraph graph)
    {
        var (schema, nodes) = await LoadNodesAsync(database, graph).ConfigureAwait(false);
        var relationships = await LoadRelationshipsAsync(database, graph).ConfigureAwait(false);
        return new LoadTimings(schema, nodes, relationships);
    }
}
