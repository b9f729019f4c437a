using GraphExplorer.Engine.Tests.Durability;
using Xunit.Abstractions;

namespace GraphExplorer.Engine.Tests.Crash;

/// <summary>
/// The real crash test: a child process commits in a loop and is killed with SIGKILL at random moments; after
/// each kill the store is reopened and every acknowledged commit must be there, with the store consistent.
/// </summary>
public sealed class ProcessKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 20;
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_acknowledged_commit_survives_SIGKILL_at_random_moments()
    {
        var random = new Random(4);
        long acknowledgedSoFar = 0;
        for (var round = 0; round < Rounds; round++)
        {
            // A small checkpoint threshold makes some kills land inside a snapshot.
            using (var host = CrashHostProcess.Start(_directory.Path, checkpointLogBytes: 32 * 1024))
            {
                var startsAfter = await host.WaitReadyAsync(TimeSpan.FromSeconds(30));
                Assert.True(startsAfter >= acknowledgedSoFar, $"round {round}: the host recovered {startsAfter} commits, {acknowledgedSoFar} were acknowledged");
                await Task.Delay(random.Next(20, 400));
                host.Kill();
                acknowledgedSoFar = Math.Max(acknowledgedSoFar, host.LastAcknowledged);
            }

            var recovered = await VerifyAsync(acknowledgedSoFar, round);
            output.WriteLine($"round {round}: acknowledged {acknowledgedSoFar}, recovered {recovered}");
            acknowledgedSoFar = recovered;
        }

        Assert.True(acknowledgedSoFar > 0, $"no commit was acknowledged in {Rounds} rounds: the host never ran its loop");
    }

    private async Task<long> VerifyAsync(long acknowledged, int round)
    {
        var database = _directory.Open();
        try
        {
            var counter = (long)(await database.RunAsync("MATCH (c:Counter) RETURN c.value")).Rows[0][0]!;
            Assert.True(
                counter == acknowledged || counter == acknowledged + 1,
                $"round {round}: {counter} commits recovered, {acknowledged} acknowledged (at most one more may have reached the log unacknowledged)");
            var items = await database.RunAsync("MATCH (i:Item) RETURN count(i), min(i.seq), max(i.seq), count(DISTINCT i.seq)");
            Assert.Equal([counter, counter == 0 ? null : 1L, counter == 0 ? null : counter, counter], items.Rows[0]);
            var links = await database.RunAsync("MATCH (:Item)-[r:NEXT]->(:Item) RETURN count(r)");
            Assert.Equal(Math.Max(0, counter - 1), links.Rows[0][0]);
            var total = await database.RunAsync("MATCH (a:Account) RETURN sum(a.balance), count(a)");
            Assert.Equal([1000L, 2L], total.Rows[0]);
            var temps = await database.RunAsync("MATCH (t:Temp)-[:AT]->(i:Item) RETURN count(t), max(t.at)");
            Assert.Equal(counter >= 10 ? [1L, counter / 10 * 10] : [0L, null], temps.Rows[0]);

            // The counts store after recovery: the same numbers from the counters and from the adjacency tallies.
            Assert.Equal(counter, (await database.RunAsync("MATCH (i:Item) RETURN count(i)")).Rows[0][0]);
            Assert.Equal(Math.Max(0, counter - 1), (await database.RunAsync("MATCH (:Item)-[r:NEXT]->() RETURN count(r)")).Rows[0][0]);
            Assert.Equal(2 * Math.Max(0, counter - 1), (await database.RunAsync("MATCH ()-[r:NEXT]-() RETURN count(r)")).Rows[0][0]);
            Assert.Equal(counter >= 10 ? 1L : 0L, (await database.RunAsync("MATCH (t:Temp) RETURN COUNT { (t)-[:AT]->() }")).Rows.Sum(r => (long)r[0]!));
            StoreDirectory.AssertConsistent(database);
            return counter;
        }
        finally
        {
            // Alternate a clean close (a checkpoint) and a crash, so the next round starts from both kinds of state.
            if (round % 2 == 0)
            {
                await database.DisposeAsync();
            }
            else
            {
                database.SimulateCrash();
            }
        }
    }
}
