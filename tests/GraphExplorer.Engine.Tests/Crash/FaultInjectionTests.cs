using GraphExplorer.Engine.Storage.Durability;
using GraphExplorer.Engine.Tests.Durability;

namespace GraphExplorer.Engine.Tests.Crash;

/// <summary>
/// A crash at every step of the write path: commit some transactions, crash inside the next one (or inside a
/// checkpoint), reopen, and check that exactly the expected commits are there and the store is consistent.
/// </summary>
public sealed class FaultInjectionTests : IDisposable
{
    private const int Acknowledged = 3;
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>
    /// Each write point, whether the crash also loses the bytes not yet flushed to disk (power loss), and
    /// whether the interrupted commit is then present. It is present only once its record reached the disk
    /// (after the fsync) or, for a process crash, the operating system (after the append): never half.
    /// </summary>
    public static TheoryData<string, bool, bool> CommitCrashes() => new()
    {
        { nameof(FaultPoint.BeforeWalAppend), false, false },
        { nameof(FaultPoint.BeforeWalAppend), true, false },
        { nameof(FaultPoint.MidRecord), false, false },
        { nameof(FaultPoint.MidRecord), true, false },
        { nameof(FaultPoint.AfterWalAppend), false, true },
        { nameof(FaultPoint.AfterWalAppend), true, false },
        { nameof(FaultPoint.BeforeFsync), false, true },
        { nameof(FaultPoint.BeforeFsync), true, false },
        { nameof(FaultPoint.AfterFsync), false, true },
        { nameof(FaultPoint.AfterFsync), true, true },
    };

    public static TheoryData<string> CheckpointCrashes() => [nameof(FaultPoint.MidSnapshot), nameof(FaultPoint.BeforeRename), nameof(FaultPoint.AfterRename)];

    [Theory]
    [MemberData(nameof(CommitCrashes))]
    public async Task A_crash_inside_a_commit_keeps_every_acknowledged_commit_and_never_half_of_the_interrupted_one(
        string point, bool powerLoss, bool interruptedCommitPresent)
    {
        var fault = new FaultAt(Enum.Parse<FaultPoint>(point), () => new SimulatedCrashException());
        var database = _directory.Open(fault);
        await CommitAcknowledgedAsync(database);

        fault.Armed = true;
        await Assert.ThrowsAsync<SimulatedCrashException>(() => database.RunAsync(
            "MATCH (a:Account {id: 0}), (b:Account {id: 1}) SET a.balance = a.balance - 10, b.balance = b.balance + 10 CREATE (a)-[:PAID {amount: 10}]->(b)"));
        database.SimulateCrash(powerLoss);

        await using var reopened = _directory.Open();
        await AssertAcknowledgedPresentAsync(reopened);
        var paid = (long)(await reopened.RunAsync("MATCH ()-[p:PAID]->() RETURN count(p)")).Rows[0][0]!;
        var first = (long)(await reopened.RunAsync("MATCH (a:Account {id: 0}) RETURN a.balance")).Rows[0][0]!;
        Assert.Equal(interruptedCommitPresent ? 1L : 0L, paid);
        Assert.Equal(interruptedCommitPresent ? 90L : 100L, first);

        // The counts store after recovery (the count of PAID above is read from it too), and a node's degree.
        var expected = interruptedCommitPresent ? 1L : 0L;
        Assert.Equal(expected, (await reopened.RunAsync("MATCH (:Account)-[p:PAID]->() RETURN count(p)")).Rows[0][0]);
        Assert.Equal(expected, (await reopened.RunAsync("MATCH ()-[p:PAID]->(:Account) RETURN count(*)")).Rows[0][0]);
        Assert.Equal(expected, (await reopened.RunAsync("MATCH (a:Account {id: 0})-[:PAID]->(b) RETURN count(b)")).Rows[0][0]);
        Assert.Equal(2L, (await reopened.RunAsync("MATCH (a:Account) RETURN count(a)")).Rows[0][0]);
        await AssertUsableAfterRecoveryAsync(reopened);
    }

    [Theory]
    [MemberData(nameof(CheckpointCrashes))]
    public async Task A_crash_inside_a_checkpoint_keeps_every_acknowledged_commit(string point)
    {
        var fault = new FaultAt(Enum.Parse<FaultPoint>(point), () => new SimulatedCrashException());
        var database = _directory.Open(fault);
        await CommitAcknowledgedAsync(database);
        await database.CheckpointAsync();
        await database.RunAsync("CREATE (:Account {id: 99, balance: 0})");

        fault.Armed = true;
        await Assert.ThrowsAsync<SimulatedCrashException>(() => database.CheckpointAsync());
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        await AssertAcknowledgedPresentAsync(reopened);
        Assert.Equal(1L, (await reopened.RunAsync("MATCH (a:Account {id: 99}) RETURN count(a)")).Rows[0][0]);
        await AssertUsableAfterRecoveryAsync(reopened);
    }

    private static async Task CommitAcknowledgedAsync(EmbeddedGraphDatabase database)
    {
        await database.RunAsync("CREATE CONSTRAINT account_id FOR (a:Account) REQUIRE a.id IS UNIQUE");
        await database.RunAsync("CREATE (:Account {id: 0, balance: 100}), (:Account {id: 1, balance: 100})");
        await database.RunAsync("MATCH (a:Account {id: 0}) SET a.opened = date('2025-01-01')");
        Assert.Equal(Acknowledged, 3);
    }

    private static async Task AssertAcknowledgedPresentAsync(EmbeddedGraphDatabase database)
    {
        Assert.Single((await database.RunAsync("SHOW CONSTRAINTS")).Rows);
        var total = await database.RunAsync("MATCH (a:Account) WHERE a.id IN [0, 1] RETURN sum(a.balance), count(a)");
        Assert.Equal([200L, 2L], total.Rows[0]);
        var opened = await database.RunAsync("MATCH (a:Account {id: 0}) RETURN a.opened");
        Assert.Equal(new DateOnly(2025, 1, 1), opened.Rows[0][0]);
        StoreDirectory.AssertConsistent(database);
    }

    private async Task AssertUsableAfterRecoveryAsync(EmbeddedGraphDatabase reopened)
    {
        await reopened.RunAsync("CREATE (:Account {id: 7, balance: 1})");
        var error = await Assert.ThrowsAsync<Graph.Errors.CypherException>(() => reopened.RunAsync("CREATE (:Account {id: 7})"));
        Assert.Equal(Graph.Errors.StatusCodes.ConstraintValidationFailed, error.Code);
        reopened.SimulateCrash(losePageCache: true);
        await using var again = _directory.Open();
        Assert.Equal(1L, (await again.RunAsync("MATCH (a:Account {id: 7}) RETURN count(a)")).Rows[0][0]);
        StoreDirectory.AssertConsistent(again);
    }
}
