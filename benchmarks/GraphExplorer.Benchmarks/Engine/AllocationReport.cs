using System.Globalization;
using GraphExplorer.Engine;

namespace GraphExplorer.Benchmarks.Engine;

/// <summary>
/// The <c>--allocations</c> mode: bytes allocated per row by each shape of the Cypher write path
/// (<c>UNWIND</c> alone, one index seek, two, and the full <c>CREATE</c>), on the synthetic graph's
/// 100,000 <c>:Person</c> nodes with the unique constraint, in 10,000-row batches. Only the statement is
/// measured: the parameter list is built before the allocation counter is read.
/// </summary>
public static class AllocationReport
{
    private const string Unwind = "UNWIND $rows AS r ";
    private const string MatchOne = "MATCH (a:Person {id: r[0]}) ";
    private const string MatchTwo = "MATCH (a:Person {id: r[0]}), (b:Person {id: r[1]}) ";

    /// <summary>Runs the report; arguments: <c>--batches N</c> measured batches per shape (default 20).</summary>
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var batches = args.Contains("--batches") ? int.Parse(args[args.ToList().IndexOf("--batches") + 1], CultureInfo.InvariantCulture) : 20;
        var graph = SyntheticGraph.Generate();
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}, {batches} batches of {GraphLoader.BatchSize:N0} rows per shape (after 3 warm-up batches)");
        var database = EmbeddedGraphDatabase.CreateInMemory();
        await using (database.ConfigureAwait(false))
        {
            await GraphLoader.LoadNodesAsync(database, graph).ConfigureAwait(false);
            Console.WriteLine();
            Console.WriteLine("| statement | bytes allocated per row |");
            Console.WriteLine("|---|---|");
            string[] shapes =
            [
                Unwind + "RETURN count(*)",
                Unwind + MatchOne + "RETURN count(*)",
                Unwind + MatchTwo + "RETURN count(*)",
                GraphLoader.CreateRelationships,
            ];
            var next = 0;
            foreach (var shape in shapes)
            {
                // The CREATE shape writes; each batch takes the next slice of the graph's relationships.
                for (var i = 0; i < 3; i++)
                {
                    await database.RunAsync(shape, Parameters(graph, ref next)).ConfigureAwait(false);
                }

                long allocated = 0;
                for (var i = 0; i < batches; i++)
                {
                    var parameters = Parameters(graph, ref next);
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    await database.RunAsync(shape, parameters).ConfigureAwait(false);
                    allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
                }

                Console.WriteLine($"| `{shape}` | {(double)allocated / batches / GraphLoader.BatchSize:N0} |");
            }
        }
    }

    private static Dictionary<string, object?> Parameters(SyntheticGraph graph, ref int next)
    {
        var rows = new List<object?>(GraphLoader.BatchSize);
        for (var i = 0; i < GraphLoader.BatchSize; i++, next = (next + 1) % graph.RelationshipCount)
        {
            rows.Add(new object?[] { graph.Starts[next], graph.Ends[next] });
        }

        return new Dictionary<string, object?> { ["rows"] = rows };
    }
}
