using GraphExplorer.Graph;
using GraphExplorer.Neo4j.Tests.Infrastructure;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

/// <summary>
/// Through the client and the embedded Query API, reads are not held up by a write transaction a client keeps
/// open over <c>/tx</c> (the engine's writer steps aside between statements, decision 0024).
/// </summary>
public sealed class OpenTransactionReadTests(LongTransactionQueryApiHost host) : IClassFixture<LongTransactionQueryApiHost>
{
    [Fact]
    public async Task A_read_answers_while_a_write_transaction_is_open_and_sees_only_committed_data()
    {
        var client = host.CreateNeo4jClient();
        await using var transaction = await client.BeginTransactionAsync(AccessMode.Write);
        await transaction.RunAsync("CREATE (:OpenTxRead {k: 1})");

        // The transaction stays open for minutes; a read that had to wait for its end would be cancelled here.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var read = await client.RunAsync("MATCH (n:OpenTxRead) RETURN count(n) AS c", null, AccessMode.Read, patience.Token);
        Assert.Equal(0L, read.Rows[0][0]);

        var own = await transaction.RunAsync("MATCH (n:OpenTxRead) RETURN count(n) AS c");
        Assert.Equal(1L, own.Rows[0][0]);
        await transaction.CommitAsync();

        var after = await client.RunAsync("MATCH (n:OpenTxRead) RETURN count(n) AS c", null, AccessMode.Read);
        Assert.Equal(1L, after.Rows[0][0]);
    }
}

/// <summary>A Query API host whose open transactions expire only after five minutes.</summary>
public sealed class LongTransactionQueryApiHost : QueryApiHost
{
    protected override TimeSpan TransactionTimeout => TimeSpan.FromMinutes(5);
}
