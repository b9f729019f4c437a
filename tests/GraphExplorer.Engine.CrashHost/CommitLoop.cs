using GraphExplorer.Graph;

namespace GraphExplorer.Engine.CrashHost;

/// <summary>
/// The workload of the crash test. Commit n (one transaction of several statements) creates <c>(:Item {seq: n})</c>,
/// links it from item n-1 with <c>NEXT</c>, sets the counter to n, moves 1 between two accounts (their total stays
/// 1000), and on every 10th commit replaces the single <c>:Temp</c> node (a delete). Items have a unique seq.
/// </summary>
internal static class CommitLoop
{
    /// <summary>Continues the sequence from the last committed item and commits until the process is killed.</summary>
    public static async Task RunAsync(EmbeddedGraphDatabase database, TextWriter output)
    {
        await database.RunAsync("CREATE CONSTRAINT item_seq IF NOT EXISTS FOR (i:Item) REQUIRE i.seq IS UNIQUE").ConfigureAwait(false);
        await database.RunAsync(
            "MERGE (c:Counter {id: 'c'}) ON CREATE SET c.value = 0 "
            + "MERGE (a:Account {id: 'a'}) ON CREATE SET a.balance = 1000 "
            + "MERGE (b:Account {id: 'b'}) ON CREATE SET b.balance = 0").ConfigureAwait(false);
        var last = await database.RunAsync("MATCH (c:Counter) RETURN c.value").ConfigureAwait(false);
        var n = (long)last.Rows[0][0]!;
        output.WriteLine($"ready {n}");
        output.Flush();
        while (true)
        {
            n++;
            var parameters = new Dictionary<string, object?> { ["n"] = n };
            var transaction = await database.BeginTransactionAsync(AccessMode.Write).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await transaction.RunAsync("CREATE (:Item {seq: $n, payload: 'item ' + toString($n)})", parameters).ConfigureAwait(false);
                await transaction.RunAsync("MATCH (p:Item {seq: $n - 1}), (i:Item {seq: $n}) CREATE (p)-[:NEXT]->(i)", parameters).ConfigureAwait(false);
                await transaction.RunAsync("MATCH (c:Counter) SET c.value = $n", parameters).ConfigureAwait(false);
                await transaction.RunAsync(
                    n % 2 == 0
                        ? "MATCH (a:Account {id: 'a'}), (b:Account {id: 'b'}) SET a.balance = a.balance - 1, b.balance = b.balance + 1"
                        : "MATCH (a:Account {id: 'a'}), (b:Account {id: 'b'}) SET a.balance = a.balance + 1, b.balance = b.balance - 1",
                    parameters).ConfigureAwait(false);
                if (n % 10 == 0)
                {
                    await transaction.RunAsync("OPTIONAL MATCH (t:Temp) DETACH DELETE t", parameters).ConfigureAwait(false);
                    await transaction.RunAsync("MATCH (i:Item {seq: $n}) CREATE (:Temp {at: $n})-[:AT]->(i)", parameters).ConfigureAwait(false);
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }

            output.WriteLine($"ack {n}");
            output.Flush();
        }
    }
}
