using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Tests.Durability;

public sealed class RecoveryTests : IDisposable
{
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_kind_of_change_is_replayed_from_the_log_after_a_crash()
    {
        var database = _directory.Open();
        await ApplyEveryKindOfChangeAsync(database);
        var before = await GraphDump.OfAsync(database);
        database.SimulateCrash(losePageCache: true);

        Assert.False(File.Exists(_directory.SnapshotPath));
        await using var reopened = _directory.Open();
        Assert.Equal(before, await GraphDump.OfAsync(reopened));
        StoreDirectory.AssertConsistent(reopened);
    }

    [Fact]
    public async Task A_commit_is_in_the_log_when_it_returns()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE (:Country {id: 'xk'})");

        var scan = WalFormat.Scan(_directory.WalPath, ReadShared(_directory.WalPath));
        var record = Assert.Single(scan.Records);
        Assert.Equal(WalFormat.CommitRecord, record.Type);
        database.SimulateCrash(losePageCache: true);
    }

    [Fact]
    public async Task Ids_are_not_reused_after_recovery()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE (a:A), (b:B) CREATE (a)-[:R]->(b)");
        await database.RunAsync("MATCH (b:B) DETACH DELETE b");
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        var created = await reopened.RunAsync("CREATE (c:C)-[r:R]->(c) RETURN id(c), id(r)");
        Assert.Equal(2L, created.Rows[0][0]);
        Assert.Equal(1L, created.Rows[0][1]);
    }

    [Fact]
    public async Task A_torn_record_at_the_end_of_the_log_is_discarded_and_cut_off()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE (:Kept {n: 1})");
        database.SimulateCrash(losePageCache: true);
        var intactLength = new FileInfo(_directory.WalPath).Length;
        var torn = WalFormat.Frame(WalFormat.CommitRecord, new byte[40]);
        await using (var stream = new FileStream(_directory.WalPath, FileMode.Append))
        {
            stream.Write(torn, 0, torn.Length / 2);
        }

        await using var reopened = _directory.Open();
        var count = await reopened.RunAsync("MATCH (n:Kept) RETURN count(n)");
        Assert.Equal(1L, count.Rows[0][0]);
        Assert.Equal(intactLength, new FileInfo(_directory.WalPath).Length);
    }

    [Fact]
    public async Task A_zero_filled_tail_is_treated_as_torn()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE (:Kept)");
        database.SimulateCrash(losePageCache: true);
        await using (var stream = new FileStream(_directory.WalPath, FileMode.Append))
        {
            stream.Write(new byte[4096]);
        }

        await using var reopened = _directory.Open();
        Assert.Equal(1L, (await reopened.RunAsync("MATCH (n:Kept) RETURN count(n)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_corrupt_record_in_the_middle_stops_start_up_and_overwrites_nothing()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE (:First)");
        await database.RunAsync("CREATE (:Second)");
        database.SimulateCrash(losePageCache: true);
        var bytes = File.ReadAllBytes(_directory.WalPath);
        var firstRecordOffset = WalFormat.HeaderSize;
        bytes[firstRecordOffset + WalFormat.FrameOverhead + 2] ^= 0xFF; // inside the first record's payload
        File.WriteAllBytes(_directory.WalPath, bytes);

        var error = Assert.Throws<StoreCorruptedException>(() => _directory.Open());
        Assert.Equal(_directory.WalPath, error.FilePath);
        Assert.Equal(firstRecordOffset, error.Offset);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_directory.WalPath));
        Assert.False(File.Exists(_directory.SnapshotPath));

        // The lock was released: after repairing (here: restoring) the file, the directory opens again.
        bytes[firstRecordOffset + WalFormat.FrameOverhead + 2] ^= 0xFF;
        File.WriteAllBytes(_directory.WalPath, bytes);
        await using var reopened = _directory.Open();
        Assert.Equal(2L, (await reopened.RunAsync("MATCH (n) RETURN count(n)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_log_of_another_format_version_is_refused()
    {
        await using (var database = _directory.Open())
        {
            await database.RunAsync("CREATE (:X)");
        }

        var bytes = File.ReadAllBytes(_directory.WalPath);
        bytes[4] = 99;
        File.WriteAllBytes(_directory.WalPath, bytes);

        var error = Assert.Throws<StoreCorruptedException>(() => _directory.Open());
        Assert.Contains("format version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rolled_back_and_failed_transactions_leave_nothing_in_the_log()
    {
        var database = _directory.Open();
        await database.RunAsync("CREATE CONSTRAINT u FOR (p:P) REQUIRE p.id IS UNIQUE");
        await database.RunAsync("CREATE (:P {id: 1})");
        await using (var transaction = await database.BeginTransactionAsync(Graph.AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:P {id: 2})");
            await transaction.RollbackAsync();
        }

        await Assert.ThrowsAsync<Graph.Errors.CypherException>(() => database.RunAsync("CREATE (:P {id: 3}) CREATE (:P {id: 1})"));
        var before = await GraphDump.OfAsync(database);
        Assert.Equal(2, WalFormat.Scan(_directory.WalPath, ReadShared(_directory.WalPath)).Records.Count);
        database.SimulateCrash(losePageCache: true);

        await using var reopened = _directory.Open();
        Assert.Equal(before, await GraphDump.OfAsync(reopened));
    }

    internal static async Task ApplyEveryKindOfChangeAsync(EmbeddedGraphDatabase database)
    {
        await database.RunAsync("CREATE CONSTRAINT country_id FOR (c:Country) REQUIRE c.id IS UNIQUE");
        await database.RunAsync("CREATE CONSTRAINT gone FOR (t:Temp) REQUIRE t.id IS UNIQUE");
        await database.RunAsync("CREATE INDEX country_name FOR (c:Country) ON (c.name)");
        await database.RunAsync("CREATE INDEX dropped FOR (c:Country) ON (c.iso)");
        await database.RunAsync(
            "CREATE (x:Country {id: 'xk', name: 'Kosovo', aliases: ['Kosova', 'Kosovë'], area: 10887.5, since: date('2008-02-17'), "
            + "at: localdatetime('2025-06-01T10:30:00'), zoned: datetime('2025-06-01T10:30:00+02:00'), t: localtime('12:00:01.5'), "
            + "d: duration('P1Y2M3DT4H'), flag: true, nothing: null})"
            + "-[:NEIGHBOUR_OF {km: 1, since: 2008}]->(al:Country {id: 'al', name: 'Albania'})");
        await database.RunAsync("MATCH (c:Country {id: 'al'}) SET c.name = 'Shqipëria', c.iso = 'AL' REMOVE c.name SET c:EuCandidate");
        await database.RunAsync("MATCH (c:Country {id: 'xk'}) REMOVE c.flag SET c:Partial REMOVE c:Partial SET c:Recognised");
        await database.RunAsync("MATCH ()-[r:NEIGHBOUR_OF]->() SET r.km = 2 REMOVE r.since");
        await database.RunAsync("CREATE (a:Temp {id: 1})-[:LINK]->(b:Temp {id: 2}), (a)-[:LINK]->(a)");
        await database.RunAsync("MATCH (t:Temp {id: 2}) DETACH DELETE t");
        await database.RunAsync("MATCH (t:Temp)-[r]->() DELETE r");
        await database.RunAsync("DROP CONSTRAINT gone");
        await database.RunAsync("DROP INDEX dropped");
        await using var transaction = await database.BeginTransactionAsync(Graph.AccessMode.Write);
        await transaction.RunAsync("CREATE (:Meeting {id: 'm1'})");
        await transaction.RunAsync("MATCH (m:Meeting), (c:Country {id: 'xk'}) CREATE (c)-[:TOOK_PART_IN]->(m)");
        await transaction.CommitAsync();
    }

    internal static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
