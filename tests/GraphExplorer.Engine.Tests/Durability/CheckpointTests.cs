using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Tests.Durability;

public sealed class CheckpointTests : IDisposable
{
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Clean_shutdown_writes_a_snapshot_and_empties_the_log()
    {
        string before;
        await using (var database = _directory.Open())
        {
            await RecoveryTests.ApplyEveryKindOfChangeAsync(database);
            before = await GraphDump.OfAsync(database);
        }

        Assert.True(File.Exists(_directory.SnapshotPath));
        Assert.Equal(WalFormat.HeaderSize, new FileInfo(_directory.WalPath).Length);
        await using var reopened = _directory.Open();
        Assert.Equal(before, await GraphDump.OfAsync(reopened));
        StoreDirectory.AssertConsistent(reopened);
    }

    [Fact]
    public async Task The_log_size_policy_checkpoints_after_a_commit_that_grows_it_past_the_limit()
    {
        var options = _directory.Options() with { CheckpointLogBytes = 1 };
        var database = EmbeddedGraphDatabase.Open(options);
        await database.RunAsync("CREATE (:A)");
        Assert.True(File.Exists(_directory.SnapshotPath));
        Assert.Equal(WalFormat.HeaderSize, new FileInfo(_directory.WalPath).Length);
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        Assert.Equal(1L, (await reopened.RunAsync("MATCH (n:A) RETURN count(n)")).Rows[0][0]);
    }

    [Fact]
    public async Task The_time_policy_checkpoints_on_the_first_commit_after_the_interval()
    {
        var options = _directory.Options() with { CheckpointInterval = TimeSpan.Zero };
        var database = EmbeddedGraphDatabase.Open(options);
        await database.RunAsync("CREATE (:A)");
        Assert.True(File.Exists(_directory.SnapshotPath));
        database.SimulateCrash(losePageCache: true);
    }

    [Fact]
    public async Task Commits_after_a_snapshot_are_replayed_on_top_of_it()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE (:Before)");
        await database.CheckpointAsync();
        await database.RunAsync("CREATE (:After)");
        await database.RunAsync("MATCH (b:Before) SET b.seen = true");
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        var rows = await reopened.RunAsync("MATCH (n) RETURN labels(n)[0], n.seen ORDER BY id(n)");
        Assert.Equal(["Before", true], rows.Rows[0]);
        Assert.Equal(["After", null], rows.Rows[1]);
    }

    [Fact]
    public async Task A_snapshot_failing_its_checksum_stops_start_up()
    {
        await using (var database = _directory.Open())
        {
            await database.RunAsync("CREATE (:A {name: 'something long enough'})");
        }

        var bytes = File.ReadAllBytes(_directory.SnapshotPath);
        bytes[bytes.Length / 2] ^= 0x55;
        File.WriteAllBytes(_directory.SnapshotPath, bytes);

        var error = Assert.Throws<StoreCorruptedException>(() => _directory.Open());
        Assert.Equal(_directory.SnapshotPath, error.FilePath);
        Assert.Equal(bytes, File.ReadAllBytes(_directory.SnapshotPath));
    }

    [Fact]
    public async Task A_json_snapshot_of_the_previous_format_is_loaded_once_and_rewritten()
    {
        await using (var seed = EmbeddedGraphDatabase.CreateInMemory())
        {
            await seed.RunAsync("CREATE CONSTRAINT c FOR (c:Country) REQUIRE c.id IS UNIQUE");
            await seed.RunAsync("CREATE (:Country {id: 'xk'})-[:R]->(:Country {id: 'al'})");
            SnapshotFile.Save(seed.Store, Path.Combine(_directory.Path, SnapshotFile.FileName));
        }

        await using (var database = _directory.Open())
        {
            Assert.Equal(2L, (await database.RunAsync("MATCH (c:Country) RETURN count(c)")).Rows[0][0]);
        }

        Assert.False(File.Exists(Path.Combine(_directory.Path, SnapshotFile.FileName)));
        Assert.True(File.Exists(_directory.SnapshotPath));
        await using var reopened = _directory.Open();
        Assert.Equal(1L, (await reopened.RunAsync("MATCH ()-[r:R]->() RETURN count(r)")).Rows[0][0]);
        Assert.Single((await reopened.RunAsync("SHOW CONSTRAINTS")).Rows);
    }

    [Fact]
    public async Task A_second_instance_on_the_same_directory_gets_a_clear_error()
    {
        await using var first = _directory.Open();
        var error = Assert.Throws<Graph.Errors.CypherException>(() => _directory.Open());
        Assert.Contains("in use by another GraphExplorer process", error.Message, StringComparison.Ordinal);
    }
}
