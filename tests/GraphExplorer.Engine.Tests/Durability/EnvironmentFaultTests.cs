using GraphExplorer.Engine.Storage.Durability;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Durability;

public sealed class EnvironmentFaultTests : IDisposable
{
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string> WritePoints() =>
        [nameof(FaultPoint.BeforeWalAppend), nameof(FaultPoint.MidRecord), nameof(FaultPoint.AfterWalAppend), nameof(FaultPoint.BeforeFsync), nameof(FaultPoint.AfterFsync)];

    [Theory]
    [MemberData(nameof(WritePoints))]
    public async Task A_full_disk_fails_the_commit_and_the_store_stays_readable_and_consistent(string point)
    {
        var fault = new FaultAt(Enum.Parse<FaultPoint>(point), () => new IOException("No space left on device"));
        var database = _directory.Open(fault);
        await database.RunAsync("CREATE (:Account {id: 1, balance: 100})");

        fault.Armed = true;
        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("MATCH (a:Account) SET a.balance = 0 CREATE (:Account {id: 2})"));
        Assert.True(fault.Fired);
        Assert.Equal(StatusCodes.DatabaseUnavailable, error.Code);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);

        var rows = await database.RunAsync("MATCH (a:Account) RETURN a.id, a.balance", mode: Graph.AccessMode.Read);
        Assert.Equal([1L, 100L], Assert.Single(rows.Rows));
        StoreDirectory.AssertConsistent(database);

        // Once space is back, commits go on, and a crash keeps exactly the acknowledged ones.
        await database.RunAsync("CREATE (:Account {id: 3, balance: 5})");
        database.SimulateCrash(losePageCache: true);
        await using var reopened = _directory.Open();
        var ids = await reopened.RunAsync("MATCH (a:Account) RETURN a.id, a.balance ORDER BY a.id");
        Assert.Equal([[1L, 100L], [3L, 5L]], ids.Rows);
        StoreDirectory.AssertConsistent(reopened);
    }

    [Fact]
    public async Task A_denied_write_fails_the_commit_like_a_read_only_directory()
    {
        var fault = new FaultAt(FaultPoint.BeforeWalAppend, () => new UnauthorizedAccessException("Access to the path is denied (read-only file system)."));
        await using var database = _directory.Open(fault);
        fault.Armed = true;
        var error = await Assert.ThrowsAsync<CypherException>(() => database.RunAsync("CREATE (:X)"));
        Assert.Equal(StatusCodes.DatabaseUnavailable, error.Code);
        Assert.Equal(0L, (await database.RunAsync("MATCH (n) RETURN count(n)", mode: Graph.AccessMode.Read)).Rows[0][0]);
    }

    [Fact]
    public async Task A_checkpoint_that_cannot_write_its_snapshot_keeps_the_commit_in_the_log()
    {
        // A directory where the temporary snapshot must go is a real I/O failure even for root.
        Directory.CreateDirectory(_directory.SnapshotPath + ".tmp");
        var database = EmbeddedGraphDatabase.Open(_directory.Options() with { CheckpointLogBytes = 1 });
        await database.RunAsync("CREATE (:Kept)");
        Assert.NotNull(database.Storage!.LastCheckpointFailure);
        Assert.False(File.Exists(_directory.SnapshotPath));
        database.SimulateCrash(losePageCache: true);

        Directory.Delete(_directory.SnapshotPath + ".tmp");
        await using var reopened = _directory.Open();
        Assert.Equal(1L, (await reopened.RunAsync("MATCH (n:Kept) RETURN count(n)")).Rows[0][0]);
    }
}
