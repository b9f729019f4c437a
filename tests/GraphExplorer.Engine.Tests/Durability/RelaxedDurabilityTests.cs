namespace GraphExplorer.Engine.Tests.Durability;

public sealed class RelaxedDurabilityTests : IDisposable
{
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_process_crash_loses_no_acknowledged_commit()
    {
        var database = EmbeddedGraphDatabase.Open(_directory.Options(durability: DurabilityMode.Relaxed) with { RelaxedFlushInterval = TimeSpan.FromHours(1) });
        for (var i = 0; i < 20; i++)
        {
            await database.RunAsync("CREATE (:Item {i: $i})", new Dictionary<string, object?> { ["i"] = (long)i });
        }

        database.SimulateCrash(losePageCache: false);

        await using var reopened = _directory.Open();
        Assert.Equal(20L, (await reopened.RunAsync("MATCH (n:Item) RETURN count(n)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_power_loss_loses_only_the_commits_not_yet_flushed()
    {
        var database = EmbeddedGraphDatabase.Open(_directory.Options(durability: DurabilityMode.Relaxed) with { RelaxedFlushInterval = TimeSpan.FromMilliseconds(20) });
        await database.RunAsync("CREATE (:Flushed)");
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!Flushed(database) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(Flushed(database), "the flush timer did not flush within 5 s");
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        Assert.Equal(1L, (await reopened.RunAsync("MATCH (n:Flushed) RETURN count(n)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_power_loss_before_the_flush_interval_loses_the_unflushed_commits_whole()
    {
        var database = EmbeddedGraphDatabase.Open(_directory.Options(durability: DurabilityMode.Relaxed) with { RelaxedFlushInterval = TimeSpan.FromHours(1) });
        await database.RunAsync("CREATE (:Unflushed)-[:R]->(:Unflushed)");
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        Assert.Equal(0L, (await reopened.RunAsync("MATCH (n) RETURN count(n)")).Rows[0][0]);
        StoreDirectory.AssertConsistent(reopened);
    }

    private static bool Flushed(EmbeddedGraphDatabase database) => database.Storage!.IsFlushed;
}
