using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Tests.Execution;

public sealed class ConcurrencyAndCacheTests : EngineTestBase
{
    [Fact]
    public async Task Concurrent_merges_of_the_same_node_create_it_once()
    {
        var merges = Enumerable.Range(0, 20).Select(_ => Task.Run(() => Database.RunAsync("MERGE (:Country {id: 'xk'})")));
        await Task.WhenAll(merges);
        Assert.Equal(1L, await ScalarAsync("MATCH (c:Country) RETURN count(c)"));
    }

    [Fact]
    public async Task Writer_waits_for_an_open_read_transaction()
    {
        var reader = await Database.BeginTransactionAsync(AccessMode.Read);
        var write = Database.RunAsync("CREATE (:N)");
        await Task.Delay(50);
        Assert.False(write.IsCompleted);
        await reader.CommitAsync();
        await write;
        Assert.Equal(1L, await ScalarAsync("MATCH (n:N) RETURN count(n)"));
        await reader.DisposeAsync();
    }

    [Fact]
    public async Task Cached_plan_is_replanned_when_an_index_appears()
    {
        const string query = "EXPLAIN MATCH (n:N {key: 1}) RETURN n";
        Assert.DoesNotContain("NodeIndexSeek", (await RunAsync(query)).Plan, StringComparison.Ordinal);
        await RunAsync("CREATE INDEX n_key FOR (n:N) ON (n.key)");
        Assert.Contains("NodeIndexSeek", (await RunAsync(query)).Plan, StringComparison.Ordinal);
        await RunAsync("DROP INDEX n_key");
        Assert.DoesNotContain("NodeIndexSeek", (await RunAsync(query)).Plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_statement_runs_repeatedly_with_other_parameters()
    {
        await RunAsync("UNWIND range(1, 3) AS i CREATE (:N {i: i})");
        for (var i = 1L; i <= 3; i++)
        {
            Assert.Equal(i, await ScalarAsync("MATCH (n:N) WHERE n.i = $i RETURN n.i", new { i }));
        }
    }

    [Fact]
    public async Task Schema_commands_are_rejected_in_read_mode()
    {
        var error = await Assert.ThrowsAsync<GraphExplorer.Graph.Errors.CypherException>(
            () => Database.RunAsync("CREATE INDEX FOR (n:N) ON (n.x)", null, AccessMode.Read));
        Assert.Equal(GraphExplorer.Graph.Errors.StatusCodes.AccessMode, error.Code);
    }

    [Fact]
    public async Task Waiting_writer_goes_before_readers_that_arrive_after_it()
    {
        var firstReader = await Database.BeginTransactionAsync(AccessMode.Read);
        var write = Database.RunAsync("CREATE (:N)");
        await Task.Delay(50);
        var laterRead = Database.RunAsync("MATCH (n:N) RETURN count(n)", null, AccessMode.Read);
        await Task.Delay(50);
        Assert.False(laterRead.IsCompleted);
        await firstReader.CommitAsync();
        await write;
        Assert.Equal(1L, (await laterRead).Rows[0][0]);
        await firstReader.DisposeAsync();
    }

    [Fact]
    public async Task Explain_of_a_write_is_allowed_in_read_mode()
    {
        var result = await Database.RunAsync("EXPLAIN CREATE (:N)", null, AccessMode.Read);
        Assert.Contains("Create", result.Plan, StringComparison.Ordinal);
    }
}
