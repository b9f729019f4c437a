using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Tests.Durability.Fixtures;

/// <summary>Stores written by older code (kept as fixtures, see <see cref="FormatFixture"/>) open and read back whole.</summary>
public sealed class FormatFixtureTests : IDisposable
{
    private readonly StoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_store_written_in_format_1_reads_back_every_value_rule_and_logged_change()
    {
        CopyFixture("format-v1");

        await using var database = _directory.Open();

        Assert.Equal(Expected("format-v1"), await GraphDump.TypedAsync(database));
        StoreDirectory.AssertConsistent(database);
        await AssertIndexesAnswerAsync(database);
    }

    [Fact]
    public async Task A_store_written_in_format_1_is_rewritten_in_the_current_format_at_its_next_checkpoint()
    {
        CopyFixture("format-v1");
        await using (var database = _directory.Open())
        {
            Assert.Equal(Expected("format-v1"), await GraphDump.TypedAsync(database));
        }

        var snapshot = File.ReadAllBytes(_directory.SnapshotPath);
        Assert.Equal(SnapshotFormat.Version, BitConverter.ToUInt16(snapshot, 4));
        Assert.Equal(WalFormat.HeaderSize, new FileInfo(_directory.WalPath).Length);
        await using var reopened = _directory.Open();
        Assert.Equal(Expected("format-v1"), await GraphDump.TypedAsync(reopened));
        await AssertIndexesAnswerAsync(reopened);
    }

    /// <summary>
    /// Writes a new fixture with today's code (by hand, before a format change: remove the Skip, set
    /// <c>FORMAT_FIXTURE_OUT</c> to an empty folder, run, copy its files and the dump of the first test into
    /// <c>Fixtures/format-vN</c>).
    /// </summary>
    [Fact(Skip = "By hand only: writes a fixture for the current format (see the summary).")]
    public async Task Write_a_fixture_of_the_current_format()
    {
        var output = Environment.GetEnvironmentVariable("FORMAT_FIXTURE_OUT") ?? throw new InvalidOperationException("set FORMAT_FIXTURE_OUT");
        await FormatFixture.WriteAsync(output);
    }

    private static async Task AssertIndexesAnswerAsync(EmbeddedGraphDatabase database)
    {
        var fulltext = await database.RunAsync("CALL db.index.fulltext.queryNodes('names', 'kosova') YIELD node RETURN node.id");
        Assert.Equal("xk", Assert.Single(fulltext.Rows)[0]);
        var unique = await database.RunAsync("CREATE (:Country {id: 'xk'})").ContinueWith(t => t.Exception?.InnerException?.Message, TaskScheduler.Default);
        Assert.Contains("already exists", unique, StringComparison.Ordinal);
        var created = await database.RunAsync("CREATE (n:Fresh) RETURN id(n)");
        Assert.Equal(6L, created.Rows[0][0]);
    }

    private void CopyFixture(string name)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Durability", "Fixtures", name)).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_directory.Path, Path.GetFileName(file)));
        }
    }

    private static string Expected(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Durability", "Fixtures", name, "expected.txt")).TrimEnd('\n');
}
